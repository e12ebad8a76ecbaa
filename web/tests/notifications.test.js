import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { unread } from '@/portal/notifications.js'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import NotificationsView from '@/portal/views/NotificationsView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse } from './helpers.js'

function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: NotificationsView },
      { path: '/me', name: 'me', component: { template: '<div />' } },
      { path: '/reports/:id', name: 'report-detail', component: { template: '<div>detail</div>' } }
    ]
  })
  return { router, wrapper: mount(NotificationsView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body }) }
}

const page = {
  items: [
    { id: 3, kind: 'REPORT_STATUS', title: '上报已受理', body: '您的上报 AB23 已受理', page: '/reports/7', read: false, createdAt: '2026-11-28T08:00:00Z' },
    { id: 2, kind: 'REPORT_STATUS', title: '上报已转交', body: '已转交', page: '/reports/7', read: true, createdAt: '2026-11-28T07:00:00Z' }
  ],
  page: 0,
  size: 20,
  totalItems: 2,
  totalPages: 1,
  unread: 1
}

describe('notifications (消息)', () => {
  let fetchMock

  beforeEach(() => {
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    auth.signOut()
    vi.unstubAllGlobals()
  })

  it('lists my messages, marks unread ones and opens the page a message points to', async () => {
    auth.signIn({ accessToken: 'r-tok', roles: ['RESIDENT'] })
    fetchMock
      .mockResolvedValueOnce(jsonResponse(200, page))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(jsonResponse(200, { unread: 0 }))
    const { router, wrapper } = mountView()

    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="notification"]')).toHaveLength(2))
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/notifications?page=0&size=20')
    expect(wrapper.findAll('[data-testid="notification-unread"]')).toHaveLength(1)
    expect(unread.value).toBe(1)

    await wrapper.findAll('[data-testid="notification"]')[0].trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reports/7'))
    expect(fetchMock.mock.calls[1][0]).toBe('/api/v1/notifications/3/read')
    expect(fetchMock.mock.calls[1][1].method).toBe('POST')
    expect(unread.value).toBe(0)
    wrapper.unmount()
  })

  it('shows a polite empty state when the list is empty (items left out of the JSON)', async () => {
    auth.signIn({ accessToken: 'r-tok', roles: ['RESIDENT'] })
    fetchMock.mockResolvedValueOnce(jsonResponse(200, { page: 0, size: 20, totalItems: 0, totalPages: 0, unread: 0 }))
    const { wrapper } = mountView()
    await vi.waitFor(() => expect(wrapper.text()).toContain('暂无消息'))
    wrapper.unmount()
  })
})
