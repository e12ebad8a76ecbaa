// Pure helpers of the departments tab (rated by case outcomes): the query and the chart (tested in vitest).
import { intervalSeries, round } from './survey-results.js'

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
      intervalSeries(rows)
    ]
  }
}

/** Hours with one decimal, or a dash. */
export const hours = (v) => (v == null ? '—' : v.toFixed(1))

