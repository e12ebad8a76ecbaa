import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import ScanView from '@/portal/views/volunteers/ScanView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

async function mountAt(path) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/volunteer/scan', component: ScanView },
      { path: '/volunteer', name: 'volunteer', component: { template: '<div />' } },
      { path: '/me', name: 'me', component: { template: '<div />' } }
    ]
  })
  router.push(path)
  await router.isReady()
  return mount(ScanView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('ScanView (portal check-in)', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    auth.signIn({ accessToken: 'v-tok', subject: 'resident:9', displayName: '王', roles: ['RESIDENT', 'VOLUNTEER'] })
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    vi.stubGlobal('navigator', {
      geolocation: { getCurrentPosition: (ok) => ok({ coords: { latitude: 32.0603, longitude: 118.7969 } }) }
    })
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
    auth.signOut()
  })

  it('sends the token from the QR URL with the browser position', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { id: 3, status: 'CHECKED_IN' }))
    wrapper = await mountAt('/volunteer/scan?t=12.987654.sig')
    await wrapper.get('[data-testid="scan-check-in"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scan-result"]').text()).toContain('签到成功'))
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/activities/check-in')
    expect(init.headers.Authorization).toBe('Bearer v-tok')
    expect(JSON.parse(init.body)).toEqual({ token: '12.987654.sig', lat: 32.0603, lng: 118.7969, crs: 'wgs84' })
  })

  it('shows the server reason when the volunteer is outside the geofence', async () => {
    fetchMock.mockResolvedValue(problemResponse(403, { title: '不在活动现场', detail: '您距离活动地点 320 米，需在 100 米内签到。' }))
    wrapper = await mountAt('/volunteer/scan?t=12.987654.sig')
    await wrapper.get('[data-testid="scan-check-out"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="scan-error"]').text()).toContain('320 米'))
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/activities/check-out')
  })

  it('says so when the URL carries no token', async () => {
    wrapper = await mountAt('/volunteer/scan')
    expect(wrapper.find('[data-testid="scan-no-token"]').exists()).toBe(true)
    expect(wrapper.find('[data-testid="scan-check-in"]').exists()).toBe(false)
  })
})
