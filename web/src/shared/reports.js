// Report vocabulary shared by the portal and the console: status and flag labels,
// the category tree and Idempotency-Key generation.
import { i18n } from './i18n/index.js'

export const REPORT_STATUSES = [
  'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'FORWARDED', 'IN_PROGRESS', 'RESOLVED',
  'CLOSED', 'REJECTED', 'DUPLICATE', 'WITHDRAWN', 'REOPENED'
]
export const REPORT_FLAGS = [
  'PHOTO_GPS_FAR', 'PHOTO_OLD', 'NO_PHOTO_METADATA', 'NEAR_GRID_BOUNDARY', 'OUTSIDE_GRIDS',
  'CONTENT_RISKY', 'CONTENT_REVIEW', 'CHECK_TIMED_OUT', 'TEXT_REVIEW', 'TEXT_UNCHECKED'
]

// The backend allows withdrawing until the report is forwarded (ReportStatus.canMoveTo).
export const WITHDRAWABLE = ['SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED']
export const MAX_PHOTOS = 9
export const MAX_DESCRIPTION = 1000

function labelOr(key, fallback) {
  return i18n.global.te(key) ? i18n.global.t(key) : fallback
}

export function statusLabel(status) {
  return labelOr(`reports.status.${status}`, status ?? '')
}

export function flagLabel(flag) {
  return labelOr(`reports.flags.${flag}.label`, flag)
}

export function flagHint(flag) {
  return labelOr(`reports.flags.${flag}.hint`, '')
}

// Tag colour family: waiting, moving, done, stopped.
export function statusTone(status) {
  if (['SUBMITTED', 'UNDER_REVIEW', 'REOPENED'].includes(status)) return 'warning'
  if (['ACCEPTED', 'FORWARDED', 'IN_PROGRESS'].includes(status)) return 'primary'
  if (['RESOLVED', 'CLOSED'].includes(status)) return 'success'
  return 'danger'
}

/** Two-level tree from the flat /report-categories list: [{code, name, allowAnonymous, children}] */
export function categoryTree(categories) {
  const tops = (categories ?? []).filter((c) => !c.parent).map((c) => ({ ...c, children: [] }))
  const byCode = new Map(tops.map((c) => [c.code, c]))
  for (const c of categories ?? []) {
    if (c.parent && byCode.has(c.parent)) byCode.get(c.parent).children.push({ ...c })
  }
  return tops
}

export function newIdempotencyKey() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID()
  // RFC 4122 v4 from getRandomValues (older webviews lack randomUUID).
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
