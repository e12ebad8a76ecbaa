// Points and rewards helpers shared by the portal and the console.
import { translate } from './i18n/index.js'

export const REDEMPTION_TONES = { PENDING: 'primary', PICKED_UP: 'success', CANCELLED: 'default', EXPIRED: 'warning' }

export function redemptionStatusLabel(status) {
  return translate(`points.redemptionStatus.${status}`)
}

export function signedPoints(points) {
  return points > 0 ? `+${points}` : String(points)
}

// A fresh Idempotency-Key for one user action (a double tap reuses the same key).
export function newRequestKey() {
  return globalThis.crypto?.randomUUID?.() ?? `k-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}
