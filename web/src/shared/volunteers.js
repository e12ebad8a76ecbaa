// Volunteer helpers shared by the portal and the console: labels, hours, the
// check-in scan body and the QR refresh timing. Pure functions, tested in
// tests/volunteers.test.js.
import { translate } from './i18n/index.js'

export const SIGNUP_STATUSES = ['SIGNED_UP', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT', 'CONFIRMED']
export const VOLUNTEER_STANDINGS = ['APPLIED', 'ACTIVE', 'REJECTED', 'WITHDRAWN']

export function signupLabel(status) {
  return status ? translate(`volunteers.signup.${status}`) : translate('volunteers.signup.NONE')
}

export function standingLabel(status) {
  return translate(`volunteers.standing.${status}`)
}

/** 125 minutes -> "2.1" (hours with one decimal, as the backend rounds them). */
export function hoursOf(minutes) {
  return (Math.round((minutes ?? 0) / 6) / 10).toFixed(1)
}

/** The token from the QR URL `#/volunteer/scan?t=...`, trimmed; '' when absent. */
export function tokenFrom(query) {
  const t = Array.isArray(query?.t) ? query.t[0] : query?.t
  return typeof t === 'string' ? t.trim() : ''
}

/** The body of a check-in or check-out: browsers report WGS-84 positions. */
export function scanBody(token, coords) {
  return { token, lat: coords.latitude, lng: coords.longitude, crs: 'wgs84' }
}

/** Milliseconds until the screen should fetch the next QR code (at least 1 s, at most 30 s). */
export function refreshDelay(refreshAt, now = Date.now()) {
  const at = Date.parse(refreshAt)
  if (Number.isNaN(at)) return 30000
  return Math.min(30000, Math.max(1000, at - now + 200))
}

/** The browser's position as a promise; rejects with a readable reason key. */
export function currentPosition(geolocation = globalThis.navigator?.geolocation) {
  return new Promise((resolve, reject) => {
    if (!geolocation) {
      reject(new Error(translate('volunteers.scan.noGeolocation')))
      return
    }
    geolocation.getCurrentPosition(
      (p) => resolve(p.coords),
      () => reject(new Error(translate('volunteers.scan.locationDenied'))),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 0 }
    )
  })
}
