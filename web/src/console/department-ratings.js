// Pure helpers of the departments tab (rated by case outcomes): the query and the chart (tested in vitest).

/** A date input's value (yyyy-mm-dd, local) from an instant; '' without one. */
export function dateOf(instant) {
  if (!instant) return ''
  const d = new Date(instant)
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * The API's half-open period [from, to) from two local dates, both days included: "to" becomes the
 * start of the next day. The scope is a grid-code prefix ('' = the whole city).
 */
export function departmentsQuery({ from, to, scope }) {
  const start = new Date(`${from}T00:00:00`)
  const end = new Date(`${to}T00:00:00`)
  end.setDate(end.getDate() + 1)
  return { from: start.toISOString(), to: end.toISOString(), scope: scope ?? '' }
}

/**
 * A bar per department at its on-time closure rate (empty when nothing was due yet), with the Wilson
 * interval drawn as a whisker: a department with few cases shows a long one.
 */
export function onTimeOption(rows) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${Math.round(v * 100)}%` } },
    yAxis: { type: 'category', data: rows.map((r) => r.department), inverse: true },
    series: [
      { name: 'onTime', type: 'bar', data: rows.map((r) => (r.onTimeRate == null ? null : round(r.onTimeRate))), itemStyle: { color: '#67c23a' } },
      {
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
    ]
  }
}

/** Hours with one decimal, or a dash. */
export const hours = (v) => (v == null ? '—' : v.toFixed(1))

const round = (v) => Math.round(v * 10000) / 10000
