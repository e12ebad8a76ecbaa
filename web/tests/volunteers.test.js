import { describe, expect, it } from 'vitest'
import { hoursOf, refreshDelay, scanBody, signupLabel, tokenFrom } from '@/shared/volunteers.js'
import { setLocale } from '@/shared/i18n/index.js'

describe('volunteer helpers', () => {
  it('rounds minutes to hours with one decimal, as the backend does', () => {
    expect(hoursOf(180)).toBe('3.0')
    expect(hoursOf(125)).toBe('2.1')
    expect(hoursOf(undefined)).toBe('0.0')
  })

  it('takes the token from the QR URL query', () => {
    expect(tokenFrom({ t: ' 12.345.abc ' })).toBe('12.345.abc')
    expect(tokenFrom({ t: ['7.1.x', 'other'] })).toBe('7.1.x')
    expect(tokenFrom({})).toBe('')
  })

  it('sends the browser position as WGS-84', () => {
    expect(scanBody('tok', { latitude: 32.05, longitude: 118.79 })).toEqual({
      token: 'tok',
      lat: 32.05,
      lng: 118.79,
      crs: 'wgs84'
    })
  })

  it('refreshes the QR code just after the next window starts, between 1 and 30 s', () => {
    const now = Date.parse('2026-11-28T10:00:00Z')
    expect(refreshDelay('2026-11-28T10:00:12Z', now)).toBe(12200)
    expect(refreshDelay('2026-11-28T09:59:00Z', now)).toBe(1000)
    expect(refreshDelay('2026-11-28T10:05:00Z', now)).toBe(30000)
    expect(refreshDelay('not a date', now)).toBe(30000)
  })

  it('labels sign-up states in both languages', () => {
    setLocale('en')
    expect(signupLabel('WAITLISTED')).toBe('On the waitlist')
    expect(signupLabel(null)).toBe('Not signed up')
    setLocale('zh-CN')
    expect(signupLabel('CHECKED_IN')).toBe('已签到')
  })
})
