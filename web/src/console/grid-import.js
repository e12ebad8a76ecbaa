// Helpers of the console's grid import page, free of Vue and Leaflet so they are unit-tested.

/** The uploaded text as a GeoJSON FeatureCollection, or throws Error('notGeoJson'). */
export function parseUpload(text) {
  let doc
  try {
    doc = JSON.parse(text)
  } catch {
    throw new Error('notGeoJson')
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) throw new Error('notGeoJson')
  return doc
}

const codeOf = (upload, index) => upload?.features?.[index]?.properties?.code ?? ''

/** Rows of the validation report: feature index (or '' for the whole file), its code, kind, message. */
export function reportRows(upload, issues) {
  return (issues || []).map((issue) => ({
    featureIndex: issue.featureIndex >= 0 ? issue.featureIndex : '',
    code: issue.featureIndex >= 0 ? codeOf(upload, issue.featureIndex) : '',
    kind: issue.kind,
    message: issue.message
  }))
}

/**
 * Map layers of a checked upload: every uploaded grid, flagged when the report names its feature,
 * then each problem's own shape (overlap area, gap, broken vertex) on top.
 */
export function reportLayers(upload, issues) {
  const flagged = new Set((issues || []).map((i) => i.featureIndex))
  const grids = (upload?.features || [])
    .filter((f) => f?.geometry)
    .map((f, index) => ({
      geojson: f,
      kind: flagged.has(index) ? 'flagged' : 'grid',
      label: [f.properties?.code, f.properties?.name].filter(Boolean).join(' ')
    }))
  const problems = (issues || [])
    .filter((i) => i.geometry)
    .map((i) => ({ geojson: i.geometry, kind: 'problem', label: i.message }))
  return [...grids, ...problems]
}

/** Saves bytes fetched with the staff token as a file (GeoJSON export, notice board PDF). */
export async function downloadWithToken(url, token, filename, fetchImpl = fetch) {
  const response = await fetchImpl(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const blob = await response.blob()
  const href = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = href
  a.download = filename
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(href), 1000)
  return blob
}
