// The resident's answer to a "returned for more information" request:
// POST /reports/{id}/supplements with text and/or uploaded photo ids and an Idempotency-Key.
// As for new reports, the key is kept while the same answer is retried (the first attempt may
// have arrived), so the backend never adds it twice; a changed answer or a success starts anew.
import { newIdempotencyKey } from './reports.js'

export function supplementBody(text, photos) {
  const trimmed = (text ?? '').trim()
  const mediaIds = (photos ?? [])
    .filter((p) => p.status === 'done' && p.mediaId != null)
    .map((p) => p.mediaId)
  return { text: trimmed || null, mediaIds }
}

export function isEmptySupplement(body) {
  return !body.text && body.mediaIds.length === 0
}

export function createSupplementSender(api, makeKey = newIdempotencyKey) {
  let key = null
  let sent = null

  async function send(reportId, body) {
    const text = JSON.stringify([reportId, body])
    if (!key || text !== sent) {
      key = makeKey()
      sent = text
    }
    const view = await api.post(`/reports/${encodeURIComponent(reportId)}/supplements`, body, {
      headers: { 'Idempotency-Key': key }
    })
    key = null
    sent = null
    return view
  }

  return { send }
}
