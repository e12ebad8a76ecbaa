import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import SurveyAnswerView from '@/portal/views/SurveyAnswerView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse } from './helpers.js'

const campaign = {
  id: 5,
  name: '2026年第四季度满意度测评',
  startsAt: '2026-11-01T00:00:00Z',
  endsAt: '2026-12-01T00:00:00Z',
  open: true,
  grids: [
    {
      gridCode: '320800001001001',
      workers: [
        { id: 11, name: '王网格长', role: 'GRID_CHIEF' },
        { id: 12, name: '李网格员', role: 'GRID_WORKER' }
      ]
    }
  ],
  response: null
}

function mountView(props) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { template: '<div />' } }] })
  return mount(SurveyAnswerView, { props, global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('answering a survey on one screen', () => {
  let wrapper
  let fetchMock

  beforeEach(() => {
    setLocale('zh-CN')
    auth.signIn({ accessToken: 'r-tok', roles: ['RESIDENT'] })
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    auth.signOut()
    vi.unstubAllGlobals()
  })

  it('sends one request with every worker rated', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { followups: [], campaigns: [campaign] }))
      .mockResolvedValueOnce(jsonResponse(200, { ...campaign, response: { gridCode: '320800001001001', knowsWorker: true, ratings: [], comment: null } }))
    wrapper = mountView({ kind: 'campaigns', id: '5' })
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="survey-worker"]')).toHaveLength(2))
    expect(wrapper.get('[data-testid="survey-submit"]').attributes('disabled')).toBeDefined()

    await wrapper.get('[data-testid="knows-yes"]').trigger('click')
    const workers = wrapper.findAll('[data-testid="survey-worker"]')
    await workers[0].get('[data-testid="level-VERY_SATISFIED"]').trigger('click')
    await workers[1].get('[data-testid="level-BASICALLY_SATISFIED"]').trigger('click')
    await wrapper.get('[data-testid="survey-submit"]').trigger('click')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="survey-done"]').exists()).toBe(true))
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/v1/surveys/campaigns/5/response')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(init.body)).toEqual({
      gridCode: '320800001001001',
      knowsWorker: true,
      ratings: [
        { workerId: 11, level: 'VERY_SATISFIED' },
        { workerId: 12, level: 'BASICALLY_SATISFIED' }
      ],
      comment: null
    })
  })

  it('answers a follow-up in one tap and says a "no" goes back for handling', async () => {
    const followup = { id: 9, refType: 'REPORT', refId: 3, open: true, answeredAt: null, expiresAt: '2026-12-12T00:00:00Z' }
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, { followups: [followup], campaigns: [] }))
      .mockResolvedValueOnce(jsonResponse(200, { ...followup, fixed: 'NO', satisfaction: 2 }))
    wrapper = mountView({ kind: 'followups', id: '9' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="fixed-NO"]').exists()).toBe(true))
    await wrapper.get('[data-testid="fixed-NO"]').trigger('click')
    await wrapper.findAll('[data-testid="satisfaction"] .van-rate__item')[1].trigger('click')
    await wrapper.get('[data-testid="survey-submit"]').trigger('click')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="survey-done"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="survey-done"]').text()).toContain('重新交办')
    const [url, init] = fetchMock.mock.calls[1]
    expect(url).toBe('/api/v1/surveys/followups/9/answer')
    expect(JSON.parse(init.body)).toEqual({ fixed: 'NO', satisfaction: 2, comment: null })
  })
})
