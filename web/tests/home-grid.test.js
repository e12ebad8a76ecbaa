import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import HomeGridView from '@/portal/views/HomeGridView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse } from './helpers.js'

function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: HomeGridView }] })
  return mount(HomeGridView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('HomeGridView (portal)', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    auth.signIn({ accessToken: 'r-tok', subject: 'resident:7', displayName: '李阿姨', roles: ['RESIDENT'] })
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    vi.stubGlobal('navigator', {
      ...navigator,
      geolocation: { getCurrentPosition: (ok) => ok({ coords: { latitude: 32.06, longitude: 118.79 } }) }
    })
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
    auth.signOut()
  })

  it('shows a boundary location as choices and saves only the grid the resident picks', async () => {
    const located = {
      grid: { code: 'G1', name: '银杏第1网格', type: 'COMPREHENSIVE' },
      candidates: [{ code: 'G2', name: '银杏第2网格', type: 'COMPREHENSIVE' }],
      approximate: false,
      distanceMetres: null
    }
    fetchMock.mockImplementation(async (url, init) => {
      if (init.method === 'GET') return jsonResponse(200, { set: false, homeGrid: null, located: null })
      const body = JSON.parse(init.body)
      if (body.lat !== undefined) return jsonResponse(200, { set: false, homeGrid: null, located })
      return jsonResponse(200, { set: true, homeGrid: { gridCode: body.gridCode, name: '银杏第2网格', since: '2026-11-28T08:00:00Z' } })
    })
    wrapper = mountView()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="home-grid-none"]').exists()).toBe(true))
    await wrapper.get('[data-testid="home-grid-locate"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="home-grid-choices"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('网格边界附近')
    expect(wrapper.find('[data-testid="home-grid-current"]').exists()).toBe(false)

    await wrapper.get('[data-testid="choose-G2"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="home-grid-current"]').text()).toContain('银杏第2网格'))
    const puts = fetchMock.mock.calls.filter(([, init]) => init.method === 'PUT').map(([, init]) => JSON.parse(init.body))
    expect(puts).toEqual([{ lat: 32.06, lng: 118.79, crs: 'wgs84' }, { gridCode: 'G2' }])
  })
})
