// The governance outbox for staff: which list a tab shows, and how to colour a message or
// an attempt. The backend's FAILING = still pending after at least one failed attempt.
export const OUTBOX_TABS = ['PENDING', 'FAILING', 'DEAD', 'SENT']

export function outboxQuery(tab) {
  return OUTBOX_TABS.includes(tab) ? { status: tab } : {}
}

export function messageTone(message) {
  if (message.status === 'DEAD') return 'danger'
  if (message.status === 'SENT') return 'success'
  return message.attempts > 0 ? 'warning' : 'info'
}

export function attemptTone(attempt) {
  if (attempt.reason === 'ok') return 'success'
  return attempt.reason === 'rejected' ? 'danger' : 'warning'
}

// Sent messages cannot be sent again (the backend answers 409).
export function canRedrive(message) {
  return message.status === 'PENDING' || message.status === 'DEAD'
}

export async function redrive(api, id) {
  return api.post(`/admin/governance/outbox/${encodeURIComponent(id)}/redrive`, {})
}

export async function caseHistory(api, caseId) {
  return api.get(`/admin/governance/cases/${encodeURIComponent(caseId)}/history`)
}
