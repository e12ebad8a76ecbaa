import { describe, expect, it } from 'vitest'
import { newRequestKey, redemptionStatusLabel, signedPoints } from '../src/shared/points.js'
import { setLocale } from '../src/shared/i18n/index.js'

describe('points helpers', () => {
  it('signs points the way the ledger shows them', () => {
    expect(signedPoints(5)).toBe('+5')
    expect(signedPoints(-30)).toBe('-30')
    expect(signedPoints(0)).toBe('0')
  })

  it('makes a fresh Idempotency-Key the server accepts for every action', () => {
    const a = newRequestKey()
    const b = newRequestKey()
    expect(a).not.toBe(b)
    expect(a).toMatch(/^[A-Za-z0-9._:-]{8,128}$/)
  })

  it('names redemption statuses in Chinese first, then English', () => {
    setLocale('zh-CN')
    expect(redemptionStatusLabel('PICKED_UP')).toBe('已领取')
    setLocale('en')
    expect(redemptionStatusLabel('PENDING')).toBe('To collect')
    setLocale('zh-CN')
  })
})
