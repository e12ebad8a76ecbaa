// Helpers of the Leaflet maps (console grid import and grids, portal "tap the map"), free of
// Leaflet and Vue so they are unit-tested. Coordinates in GeoJSON are [lng, lat] in WGS-84.

/** How each kind of layer is drawn: grids quiet, the selected grid and problems loud. */
export const LAYER_STYLES = {
  grid: { color: '#409eff', weight: 1, fillOpacity: 0.08 },
  flagged: { color: '#e6a23c', weight: 2, fillOpacity: 0.15 },
  problem: { color: '#f56c6c', weight: 2, fillOpacity: 0.45 },
  selected: { color: '#67c23a', weight: 3, fillOpacity: 0.25 }
}

/** A tile layer to add, or null for a blank map (no tile URL configured, tests, offline). */
export function tileLayerOptions(config) {
  const url = (config?.tileUrl || '').trim()
  if (!url) return null
  return { url, attribution: config.attribution || '' }
}

/** The south-west and north-east corners ([[lat, lng], [lat, lng]]) of GeoJSON objects, or null. */
export function boundsOf(geojsons) {
  let minLat = Infinity
  let minLng = Infinity
  let maxLat = -Infinity
  let maxLng = -Infinity
  const visit = (coords) => {
    if (typeof coords?.[0] === 'number') {
      const [lng, lat] = coords
      minLat = Math.min(minLat, lat)
      maxLat = Math.max(maxLat, lat)
      minLng = Math.min(minLng, lng)
      maxLng = Math.max(maxLng, lng)
    } else if (Array.isArray(coords)) {
      coords.forEach(visit)
    }
  }
  const walk = (g) => {
    if (!g) return
    if (g.type === 'FeatureCollection') g.features?.forEach(walk)
    else if (g.type === 'Feature') walk(g.geometry)
    else if (g.type === 'GeometryCollection') g.geometries?.forEach(walk)
    else visit(g.coordinates)
  }
  geojsons.forEach(walk)
  return minLat === Infinity ? null : [[minLat, minLng], [maxLat, maxLng]]
}

/** A tapped point as locate parameters, rounded to about 1 cm; crs as the tiles use it. */
export function tapQuery(latlng, crs) {
  const round = (v) => Math.round(v * 1e7) / 1e7
  return { lat: round(latlng.lat), lng: round(latlng.lng), crs: crs === 'gcj02' ? 'gcj02' : 'wgs84' }
}
