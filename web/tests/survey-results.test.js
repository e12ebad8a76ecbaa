import { describe, expect, it } from 'vitest'
import { awarenessColour, awarenessLayers, distributionOption, percent, rankingOption, trendOption } from '@/console/survey-results.js'

const row = (code, smoothed, low, high, awareness) => ({ code, name: null, gridCode: null, smoothed, low, high, awareness })

describe('survey results charts', () => {
  it('draws the four answers in order with their counts', () => {
    const option = distributionOption({ very: 5, satisfied: 3, basic: 2, dissatisfied: 1 }, (l) => l.toLowerCase())
    expect(option.series[0].data.map((d) => [d.name, d.value])).toEqual([
      ['very_satisfied', 5],
      ['satisfied', 3],
      ['basically_satisfied', 2],
      ['dissatisfied', 1]
    ])
  })

  it('puts each row on the ranking with its Wilson interval as a whisker', () => {
    const option = rankingOption([row('A', 0.81234, 0.7, 0.9), { ...row('1', 0.5, 0.2, 0.8), name: '张三', gridCode: 'G1' }])
    expect(option.yAxis.data).toEqual(['A', '张三 (G1)'])
    expect(option.series[0].data).toEqual([0.8123, 0.5])
    expect(option.series[1].data).toEqual([
      [0, 0.7, 0.9],
      [1, 0.2, 0.8]
    ])
  })

  it('shows the monthly trend as rates', () => {
    const option = trendOption([{ month: '2026-10', satisfactionRate: 0.75 }, { month: '2026-11', satisfactionRate: 2 / 3 }])
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11'])
    expect(option.series[0].data).toEqual([0.75, 0.6667])
  })

  it('colours grids by awareness and skips grids without a boundary', () => {
    expect(awarenessColour(1)).toBe('hsl(120, 70%, 45%)')
    expect(awarenessColour(0)).toBe('hsl(0, 70%, 45%)')
    expect(awarenessColour(null)).toBe('#c0c4cc')
    const layers = awarenessLayers([row('G1', 0, 0, 1, 0.5), row('G2', 0, 0, 1, 1)], { G1: { type: 'Polygon', coordinates: [] } })
    expect(layers).toHaveLength(1)
    expect(layers[0].label).toBe('G1: 50.0%')
    expect(layers[0].style.fillColor).toBe('hsl(60, 70%, 45%)')
    expect(percent(null)).toBe('—')
  })
})
