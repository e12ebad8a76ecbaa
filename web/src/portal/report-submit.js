// Sends a report with an Idempotency-Key. The same key is reused while the same report
// is retried (e.g. after a network error, when the first attempt may have arrived), so
// the backend never files it twice; a changed report or a success starts a new key.
import { newIdempotencyKey } from '@/shared/reports.js'

export function createReportSubmitter(api, makeKey = newIdempotencyKey) {
  let key = null
  let sentBody = null

  async function submit(body) {
    const text = JSON.stringify(body)
    if (!key || text !== sentBody) {
      key = makeKey()
      sentBody = text
    }
    const view = await api.post('/reports', body, { headers: { 'Idempotency-Key': key } })
    key = null
    sentBody = null
    return view
  }

  return { submit, currentKey: () => key }
}

// Builds the POST /reports body from the form; numbers typed by hand arrive as strings.
export function reportBody(form, photos) {
  const accuracy = Number(form.location.accuracy)
  return {
    category: form.category,
    description: form.description.trim(),
    location: {
      lat: Number(form.location.lat),
      lng: Number(form.location.lng),
      crs: 'wgs84',
      accuracy: form.location.accuracy == null || Number.isNaN(accuracy) ? null : Math.round(accuracy),
      address: form.address.trim()
    },
    mediaIds: photos.filter((p) => p.status === 'done' && p.mediaId != null).map((p) => p.mediaId),
    anonymous: form.anonymous,
    contactConsent: form.contactConsent,
    urgent: form.urgent
  }
}

export function validLocation(location) {
  const lat = Number(location.lat)
  const lng = Number(location.lng)
  return (
    location.lat !== '' && location.lat != null && location.lng !== '' && location.lng != null &&
    Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180
  )
}
