import { describe, expect, it } from 'vitest'
import { boundsOf, tapQuery, tileLayerOptions } from '@/shared/map-layers.js'

describe('map helpers', () => {
  it('draws on a blank map when no tile URL is configured', () => {
    expect(tileLayerOptions({ tileUrl: '' })).toBeNull()
    expect(tileLayerOptions(null)).toBeNull()
    expect(tileLayerOptions({ tileUrl: ' https://t/{z}/{x}/{y}.png ', attribution: '© T' })).toEqual({
      url: 'https://t/{z}/{x}/{y}.png',
      attribution: '© T'
    })
  })

  it('finds the bounds of features, collections and bare geometries as [lat, lng] corners', () => {
    const feature = { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[118.7, 32.0], [118.9, 32.0], [118.9, 32.1], [118.7, 32.0]]] } }
    const point = { type: 'Point', coordinates: [119.0, 31.9] }
    expect(boundsOf([{ type: 'FeatureCollection', features: [feature] }, point])).toEqual([
      [31.9, 118.7],
      [32.1, 119.0]
    ])
    expect(boundsOf([])).toBeNull()
    expect(boundsOf([null])).toBeNull()
  })

  it('sends a tap in the tiles coordinate system, wgs84 unless gcj02', () => {
    expect(tapQuery({ lat: 32.060312345678, lng: 118.79 }, 'gcj02')).toEqual({ lat: 32.0603123, lng: 118.79, crs: 'gcj02' })
    expect(tapQuery({ lat: 1, lng: 2 }, undefined).crs).toBe('wgs84')
  })
})
