import { DOMWrapper, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import DepartmentRatings from '@/console/components/DepartmentRatings.vue'
import { dateOf, departmentsQuery, hours, onTimeOption } from '@/console/department-ratings.js'
import { elementPlugin } from '@/console/element.js'
import { auth } from '@/console/session.js'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse } from './helpers.js'

const ROWS = [
  { department: '环卫所', handled: 3, resolved: 3, resolvedOnTime: 2, rejected: 0, assessed: 3, onTimeRate: 2 / 3, smoothed: 8 / 13, low: 0.20766, high: 0.93851, reopened: 1, reopenRate: 1 / 3, medianHoursToResolution: 20.0006 },
  { department: '区指挥中心', handled: 1, resolved: 0, resolvedOnTime: 0, rejected: 0, assessed: 0, onTimeRate: null, smoothed: 0.6, low: 0, high: 1, reopened: 0, reopenRate: null, medianHoursToResolution: null }
]

const calls = (fetchMock, path) => fetchMock.mock.calls.filter(([url]) => url.split('?')[0] === path)

describe('department ratings helpers', () => {
  it('turns two local dates into a half-open period that includes the last day', () => {
    const q = departmentsQuery({ from: '2026-11-01', to: '2026-11-30', scope: '320102001' })
    expect(new Date(q.from).getTime()).toBe(new Date('2026-11-01T00:00:00').getTime())
    expect(new Date(q.to).getTime()).toBe(new Date('2026-12-01T00:00:00').getTime())
    expect(q.scope).toBe('320102001')
    expect(dateOf(new Date('2026-11-05T10:00:00').toISOString())).toBe('2026-11-05')
    expect(dateOf(null)).toBe('')
  })

  it('draws each department at its on-time rate with the Wilson interval as a whisker', () => {
    const option = onTimeOption(ROWS)
    expect(option.yAxis.data).toEqual(['环卫所', '区指挥中心'])
    expect(option.series[0].data).toEqual([0.6667, null])
    expect(option.series[1].data).toEqual([
      [0, 0.2077, 0.9385],
      [1, 0, 1]
    ])
    expect(hours(20.0006)).toBe('20.0')
    expect(hours(null)).toBe('—')
  })
})

describe('DepartmentRatings (部门评价)', () => {
  let wrapper

  beforeEach(() => {
    setLocale('zh-CN')
    auth.signIn({ accessToken: 's-tok', subject: 'staff:1', displayName: '王网格', roles: ['STAFF'] })
  })

  afterEach(() => {
    wrapper?.unmount()
    auth.signOut()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('asks for the campaign period and scope and shows every figure', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { from: 'x', to: 'y', scope: '320102001', meanOnTimeRate: 0.6, rows: ROWS }))
    vi.stubGlobal('fetch', fetchMock)
    wrapper = mount(DepartmentRatings, {
      props: { from: new Date('2026-11-01T00:00:00').toISOString(), to: new Date('2026-11-30T12:00:00').toISOString(), scope: '320102001' },
      global: { plugins: [i18n, elementPlugin], stubs: { SurveyChart: true } },
      attachTo: document.body
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="departments-mean"]').exists()).toBe(true))

    const [url, init] = calls(fetchMock, '/api/v1/admin/surveys/departments')[0]
    const params = new URL(url, 'http://x').searchParams
    expect(new Date(params.get('from')).getTime()).toBe(new Date('2026-11-01T00:00:00').getTime())
    expect(new Date(params.get('to')).getTime()).toBe(new Date('2026-12-01T00:00:00').getTime())
    expect(params.get('scope')).toBe('320102001')
    expect(init.headers.Authorization).toBe('Bearer s-tok')

    expect(wrapper.get('[data-testid="departments-mean"]').text()).toContain('60.0%')
    const table = new DOMWrapper(document.body).get('[data-testid="departments-table"]').text()
    expect(table).toContain('按时办结率')
    expect(table).toContain('环卫所')
    expect(table).toContain('66.7%')
    expect(table).toContain('61.5%')
    expect(table).toContain('20.8% – 93.9%')
    expect(table).toContain('33.3%')
    expect(table).toContain('20.0')
    expect(table).toContain('区指挥中心')
  })

  it('says so when the period has no cases', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => jsonResponse(200, { from: 'x', to: 'y', scope: '', meanOnTimeRate: 0, rows: [] })))
    wrapper = mount(DepartmentRatings, {
      props: { from: '2026-11-01T00:00:00Z', to: '2026-11-30T00:00:00Z' },
      global: { plugins: [i18n, elementPlugin], stubs: { SurveyChart: true } },
      attachTo: document.body
    })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="departments-empty"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="departments-empty"]').text()).toBe('该期间和区域内没有案件')
  })
})
