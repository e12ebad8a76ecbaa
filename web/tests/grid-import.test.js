import { describe, expect, it } from 'vitest'
import { parseUpload, reportLayers, reportRows } from '@/console/grid-import.js'

const square = (code, x) => ({
  type: 'Feature',
  properties: { code, name: `网格${code}` },
  geometry: { type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] }
})
const upload = { type: 'FeatureCollection', features: [square('A', 0), square('B', 0.5), square('C', 3)] }
const overlap = {
  featureIndex: 1,
  kind: 'overlap',
  message: 'Grids B and A overlap by 5 m².',
  geometry: { type: 'Polygon', coordinates: [[[0.5, 0], [1, 0], [1, 1], [0.5, 1], [0.5, 0]]] }
}
const broken = { featureIndex: -1, kind: 'empty', message: 'No features', geometry: null }

describe('grid import helpers', () => {
  it('accepts a FeatureCollection and refuses anything else', () => {
    expect(parseUpload(JSON.stringify(upload)).features).toHaveLength(3)
    expect(() => parseUpload('{"type":"Feature"}')).toThrow('notGeoJson')
    expect(() => parseUpload('not json')).toThrow('notGeoJson')
  })

  it('lists each problem with its feature index and the code from the upload', () => {
    expect(reportRows(upload, [overlap, broken])).toEqual([
      { featureIndex: 1, code: 'B', kind: 'overlap', message: overlap.message },
      { featureIndex: '', code: '', kind: 'empty', message: 'No features' }
    ])
  })

  it('draws every grid, flags the ones with problems and puts the problem shapes on top', () => {
    const layers = reportLayers(upload, [overlap, broken])
    expect(layers.map((l) => l.kind)).toEqual(['grid', 'flagged', 'grid', 'problem'])
    expect(layers[1].label).toBe('B 网格B')
    expect(layers[3]).toMatchObject({ geojson: overlap.geometry, label: overlap.message })
    expect(reportLayers(null, null)).toEqual([])
  })
})
