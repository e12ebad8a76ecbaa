import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import MyReportsView from '@/portal/views/MyReportsView.vue'
import TrackView from '@/portal/views/TrackView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

function mountView(component) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component },
      { path: '/me', name: 'me', component: { template: '<div />' } },
      { path: '/report', component: { template: '<div />' } },
      { path: '/reports/:id', name: 'report-detail', component: { template: '<div />' } }
    ]
  })
  return mount(component, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('my reports and tracking', () => {
  let wrapper
  let fetchMock

  beforeEach(() => {
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    auth.signOut()
    vi.unstubAllGlobals()
  })

  it('lists my reports with their status in the current language', async () => {
    auth.signIn({ accessToken: 'r-tok', roles: ['RESIDENT'] })
    fetchMock.mockResolvedValue(
      jsonResponse(200, {
        items: [{ id: 7, trackingCode: 'GL2026ABCD', categoryName: '其他', status: 'ACCEPTED', createdAt: '2026-11-28T08:00:00Z' }],
        page: 0,
        size: 20,
        totalItems: 1,
        totalPages: 1
      })
    )
    wrapper = mountView(MyReportsView)

    await vi.waitFor(() => expect(wrapper.find('[data-testid="my-report-status"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="my-report"]').text()).toContain('GL2026ABCD')
    expect(wrapper.get('[data-testid="my-report-status"]').text()).toBe('已受理')
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/reports/mine?page=0&size=20')
  })

  it('tracks a report by code and explains an unknown code', async () => {
    fetchMock
      .mockResolvedValueOnce(problemResponse(404, { title: 'Not Found' }))
      .mockResolvedValueOnce(
        jsonResponse(200, {
          trackingCode: 'GL2026ABCD',
          categoryName: '其他',
          status: 'IN_PROGRESS',
          createdAt: '2026-11-28T08:00:00Z',
          timeline: [{ status: 'SUBMITTED', at: '2026-11-28T08:00:00Z' }, { status: 'IN_PROGRESS', note: '已派人处理', at: '2026-11-28T09:00:00Z' }]
        })
      )
    wrapper = mountView(TrackView)

    await wrapper.get('[data-testid="track-code"] input').setValue('GL-NOPE')
    await wrapper.get('[data-testid="track-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('未找到该查询码'))

    await wrapper.get('[data-testid="track-code"] input').setValue(' GL2026ABCD ')
    await wrapper.get('[data-testid="track-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="track-result"]').exists()).toBe(true))
    expect(fetchMock.mock.calls[1][0]).toBe('/api/v1/reports/track/GL2026ABCD')
    expect(wrapper.get('[data-testid="track-result"]').text()).toContain('处置中')
    expect(wrapper.get('[data-testid="report-timeline"]').text()).toContain('已派人处理')
  })
})
