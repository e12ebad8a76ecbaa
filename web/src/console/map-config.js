// The map settings (tile URL, attribution, centre) from the backend, fetched once per page load.
let pending = null

export function loadMapConfig(api) {
  pending ??= api.get('/grids/map').catch(() => {
    pending = null
    return { tileUrl: '', attribution: '', lat: 32.06, lng: 118.79, crs: 'wgs84' }
  })
  return pending
}
