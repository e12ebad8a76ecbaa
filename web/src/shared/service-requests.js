// Helpers of the service request pages, kept free of Vue so they are unit-tested.

/** The answers a type's form needs, as a fresh object (every field, empty). */
export function emptyAnswers(type) {
  return Object.fromEntries((type?.fields ?? []).map((f) => [f.key, '']))
}

/** The request body: only filled answers, photos that finished uploading, the grid choice. */
export function requestBody(type, answers, photos, preferredTime, place) {
  const filled = Object.fromEntries(
    Object.entries(answers).filter(([, v]) => String(v ?? '').trim() !== '').map(([k, v]) => [k, String(v).trim()])
  )
  const body = { typeCode: type.code, answers: filled }
  const ids = (photos ?? []).filter((p) => p.status === 'done' && p.mediaId).map((p) => p.mediaId)
  if (ids.length) body.photoIds = ids
  if (preferredTime?.trim()) body.preferredTime = preferredTime.trim()
  if (place?.lat !== undefined) Object.assign(body, { lat: place.lat, lng: place.lng, crs: 'wgs84' })
  return body
}

/** Field errors of a problem document, by answer key ("answers.address" -> address). */
export function answerErrors(error) {
  const out = {}
  for (const e of error?.errors ?? []) {
    if (e.field?.startsWith('answers.')) out[e.field.slice('answers.'.length)] = e.message
  }
  return out
}

/** One timeline step as text: the step's label with the worker's public name. */
export function stepText(t, entry) {
  return t(`services.step.${entry.kind}`, { name: entry.name ?? '' })
}
