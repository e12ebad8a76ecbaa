// Display helpers shared by both apps. roleLabel reads the locale through i18n,
// so templates that use it re-render when the language changes.
import { i18n } from './index.js'

export function roleLabel(role) {
  const key = `common.roles.${role}`
  return i18n.global.te(key) ? i18n.global.t(key) : role
}

// "2026-11-28 12:06:15" in the browser's time zone: compact, sortable and read the
// same way in Chinese and English, which suits dense console tables.
export function formatDateTime(value) {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  const pad = (n) => String(n).padStart(2, '0')
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
}
