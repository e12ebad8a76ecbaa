// Pure helpers of the survey results page: chart options and map colours (tested in vitest).
export const LEVEL_KEYS = ['very', 'satisfied', 'basic', 'dissatisfied']
export const LEVEL_NAMES = ['VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']
const COLOURS = ['#67c23a', '#95d475', '#e6a23c', '#f56c6c']

export const percent = (v) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`)

/** Pie of the four answers over the area shown. */
export function distributionOption(results, label) {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        data: LEVEL_KEYS.map((k, i) => ({ name: label(LEVEL_NAMES[i]), value: results[k], itemStyle: { color: COLOURS[i] } }))
      }
    ]
  }
}

/** The row's label in charts: the worker's name with the grid, or the area code. */
export function rowLabel(row) {
  return row.name ? `${row.name} (${row.gridCode})` : row.code
}

/**
 * Ranking: a bar per row at the smoothed score, and a line from the Wilson interval's low to high
 * end drawn by a custom series, so a small sample shows as a long whisker.
 */
export function rankingOption(rows) {
  const labels = rows.map(rowLabel)
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 160, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      { name: 'smoothed', type: 'bar', data: rows.map((r) => round(r.smoothed)), itemStyle: { color: '#409eff' } },
      intervalSeries(rows)
    ]
  }
}

export function trendOption(trend) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 24, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: trend.map((p) => p.month) },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${Math.round(v * 100)}%` } },
    series: [{ type: 'line', data: trend.map((p) => round(p.satisfactionRate)), smooth: true }]
  }
}

/** Red (nobody knows their worker) to green (everybody does); grey without answers. */
export function awarenessColour(awareness) {
  if (awareness == null) return '#c0c4cc'
  const hue = Math.round(120 * Math.max(0, Math.min(1, awareness)))
  return `hsl(${hue}, 70%, 45%)`
}

export function awarenessLayers(rows, geometries) {
  return rows
    .filter((r) => geometries[r.code])
    .map((r) => {
      const colour = awarenessColour(r.awareness)
      return {
        geojson: geometries[r.code],
        kind: 'grid',
        label: `${r.code}: ${percent(r.awareness)}`,
        style: { color: colour, fillColor: colour, weight: 1, fillOpacity: 0.55 }
      }
    })
}

export const round = (v) => Math.round(v * 10000) / 10000

/** Whiskers from each row's low to high bound, drawn over a horizontal bar chart's rows. */
export function intervalSeries(rows) {
  return {
    name: 'interval',
    type: 'custom',
    data: rows.map((r, i) => [i, round(r.low), round(r.high)]),
    renderItem: (params, api) => {
      const from = api.coord([api.value(1), api.value(0)])
      const to = api.coord([api.value(2), api.value(0)])
      return { type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style: { stroke: '#303133', lineWidth: 2 } }
    },
    encode: { x: [1, 2], y: 0 },
    z: 10
  }
}
