import { describe, expect, it } from 'vitest'
import en from '@/shared/i18n/en.js'
import { currentLocale, LOCALE_STORAGE_KEY, setLocale } from '@/shared/i18n/index.js'
import zhCN from '@/shared/i18n/zh-CN.js'
import { flagHint, flagLabel, REPORT_FLAGS, REPORT_STATUSES, statusLabel } from '@/shared/reports.js'

function flatten(messages, prefix = '') {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' ? flatten(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]]
  )
}

function placeholders(text) {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
}

describe('i18n messages', () => {
  const zh = new Map(flatten(zhCN))
  const english = new Map(flatten(en))

  it('has every zh-CN key in en', () => {
    expect([...zh.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it('has every en key in zh-CN', () => {
    expect([...english.keys()].filter((key) => !zh.has(key))).toEqual([])
  })

  it('uses the same placeholders in both languages and no empty texts', () => {
    for (const [key, text] of zh) {
      expect(text, key).not.toBe('')
      expect(placeholders(english.get(key)), key).toEqual(placeholders(text))
    }
  })
})

describe('report labels', () => {
  const zh = new Map(flatten(zhCN))
  const english = new Map(flatten(en))

  it('labels every report status and flag (with an explanation) in both languages', () => {
    const keys = [
      ...REPORT_STATUSES.map((status) => `reports.status.${status}`),
      ...REPORT_FLAGS.flatMap((flag) => [`reports.flags.${flag}.label`, `reports.flags.${flag}.hint`])
    ]
    expect(keys.filter((key) => !zh.has(key) || !english.has(key))).toEqual([])
  })

  it('shows the label of the current language', () => {
    setLocale('zh-CN')
    expect(statusLabel('ACCEPTED')).toBe('已受理')
    expect(flagLabel('OUTSIDE_GRIDS')).toBe('不在网格内')
    setLocale('en')
    expect(statusLabel('ACCEPTED')).toBe('Accepted')
    expect(flagHint('PHOTO_OLD')).toContain('a while ago')
    expect(statusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW')
    setLocale('zh-CN')
  })
})

describe('locale switching', () => {
  it('defaults to zh-CN, persists a supported choice and ignores unknown ones', () => {
    setLocale('zh-CN')
    expect(currentLocale()).toBe('zh-CN')

    setLocale('en')
    expect(currentLocale()).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')

    setLocale('fr')
    expect(currentLocale()).toBe('en')
    setLocale('zh-CN')
  })
})
