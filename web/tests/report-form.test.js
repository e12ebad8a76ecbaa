import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import ReportView from '@/portal/views/ReportView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

const CATEGORIES = [
  { code: 'FACILITY', parent: null, name: '道路设施', defaultSeverity: 'GENERAL', allowAnonymous: true },
  { code: 'FACILITY_LIGHT', parent: 'FACILITY', name: '路灯故障', defaultSeverity: 'DAILY', allowAnonymous: true },
  { code: 'OTHER', parent: null, name: '其他', defaultSeverity: 'DAILY', allowAnonymous: true }
]
const MEDIA = { id: 'm-1', contentType: 'image/jpeg', url: '/media/m-1/original?sig=a', thumbnailUrl: '/media/m-1/thumb?sig=b' }
const REPORT = { id: 7, trackingCode: 'GL2026ABCD', status: 'SUBMITTED', timeline: [] }
const Stub = { template: '<div />' }

function mountReport() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: ReportView },
      { path: '/me', name: 'me', component: Stub },
      { path: '/reports', component: Stub },
      { path: '/track', component: Stub }
    ]
  })
  return mount(ReportView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

// Routes each request by method and path; `handlers` override the defaults.
function backend(handlers = {}) {
  return vi.fn(async (url, init = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`
    const handler = handlers[key]
    if (handler) return handler(url, init)
    if (key === 'GET /api/v1/report-categories') return jsonResponse(200, CATEGORIES)
    if (key === 'POST /api/v1/media') return jsonResponse(201, MEDIA)
    if (key === 'GET /api/v1/reports/nearby') return jsonResponse(200, [])
    if (key === 'POST /api/v1/reports') return jsonResponse(201, REPORT)
    return problemResponse(404, { title: 'Not Found' })
  })
}

async function addPhoto(wrapper) {
  const input = wrapper.get('[data-testid="report-photos"] input[type="file"]')
  const file = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'photo.jpg', { type: 'image/jpeg' })
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

async function fillForm(wrapper) {
  await vi.waitFor(() => expect(wrapper.vm).toBeTruthy())
  await flushPromises()
  await addPhoto(wrapper)
  await wrapper.get('[data-testid="report-category"]').trigger('click')
  await flushPromises()
  const other = wrapper.findAll('.van-cascader__option').find((option) => option.text().includes('其他'))
  await other.trigger('click')
  await flushPromises()
  await wrapper.get('[data-testid="report-lat"] input').setValue('32.0603')
  await wrapper.get('[data-testid="report-lng"] input').setValue('118.7969')
}

const calls = (fetchMock, key) =>
  fetchMock.mock.calls.filter(([url, init = {}]) => `${init.method ?? 'GET'} ${url.split('?')[0]}` === key)

describe('ReportView (随手拍)', () => {
  let wrapper

  beforeEach(() => {
    setLocale('zh-CN')
    auth.signIn({ accessToken: 'r-tok', subject: 'resident:1', displayName: '张阿姨', roles: ['RESIDENT'] })
  })

  afterEach(() => {
    wrapper?.unmount()
    auth.signOut()
    vi.unstubAllGlobals()
  })

  it('sends an Idempotency-Key and reuses it when retrying after a network error', async () => {
    let attempts = 0
    const fetchMock = backend({
      'POST /api/v1/reports': async () => {
        attempts += 1
        if (attempts === 1) throw new TypeError('Failed to fetch')
        return jsonResponse(201, REPORT)
      }
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = mountReport()
    await fillForm(wrapper)

    await wrapper.get('[data-testid="report-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-error"]').text()).toContain('网络连接失败'))
    await wrapper.get('[data-testid="report-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-tracking-code"]').exists()).toBe(true))

    expect(wrapper.get('[data-testid="report-tracking-code"]').text()).toBe('GL2026ABCD')
    const posts = calls(fetchMock, 'POST /api/v1/reports')
    expect(posts).toHaveLength(2)
    const [first, second] = posts.map(([, init]) => init.headers['Idempotency-Key'])
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toBe(first)
    expect(JSON.parse(posts[1][1].body)).toMatchObject({
      category: 'OTHER',
      location: { lat: 32.0603, lng: 118.7969, crs: 'wgs84' },
      mediaIds: ['m-1'],
      anonymous: false
    })
  })

  it('offers "me too" when an open report of the same kind is nearby, and follows it', async () => {
    const nearby = [{ id: 41, trackingCode: 'GL2026NEAR', categoryName: '其他', status: 'ACCEPTED', distanceMetres: 42.4, followers: 3 }]
    const fetchMock = backend({
      'GET /api/v1/reports/nearby': async () => jsonResponse(200, nearby),
      'POST /api/v1/reports/41/follow': async () => new Response(null, { status: 204 })
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = mountReport()
    await fillForm(wrapper)

    await wrapper.get('[data-testid="report-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="nearby-prompt"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="nearby-prompt"]').text()).toContain('约 42 米')
    expect(calls(fetchMock, 'POST /api/v1/reports')).toHaveLength(0)
    const [nearbyUrl] = calls(fetchMock, 'GET /api/v1/reports/nearby')[0]
    expect(nearbyUrl).toContain('category=OTHER')
    expect(nearbyUrl).toContain('lat=32.0603')

    await wrapper.get('[data-testid="nearby-me-too"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-tracking-code"]').text()).toBe('GL2026NEAR'))
    expect(calls(fetchMock, 'POST /api/v1/reports/41/follow')).toHaveLength(1)
    expect(calls(fetchMock, 'POST /api/v1/reports')).toHaveLength(0)
  })

  it('submits anyway when the resident chooses "report anyway"', async () => {
    const nearby = [{ id: 41, trackingCode: 'GL2026NEAR', categoryName: '其他', status: 'SUBMITTED', distanceMetres: 10, followers: 0 }]
    const fetchMock = backend({ 'GET /api/v1/reports/nearby': async () => jsonResponse(200, nearby) })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = mountReport()
    await fillForm(wrapper)

    await wrapper.get('[data-testid="report-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="nearby-report-anyway"]').exists()).toBe(true))
    await wrapper.get('[data-testid="nearby-report-anyway"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="report-tracking-code"]').text()).toBe('GL2026ABCD'))
    expect(calls(fetchMock, 'POST /api/v1/reports')).toHaveLength(1)
  })

  it('shows the problem detail when a photo upload fails and does not submit without a photo', async () => {
    const fetchMock = backend({
      'POST /api/v1/media': async () =>
        problemResponse(415, { title: 'Unsupported Media Type', detail: '暂不支持 HEIC 格式，请在相机设置中选择“兼容性最佳”后重拍' })
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = mountReport()
    await flushPromises()

    await addPhoto(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="upload-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="upload-error"]').text()).toContain('暂不支持 HEIC 格式')
    const [, init] = calls(fetchMock, 'POST /api/v1/media')[0]
    expect(init.body).toBeInstanceOf(FormData)
    expect(init.body.get('file').name).toBe('photo.jpg')
    expect(init.headers.Authorization).toBe('Bearer r-tok')
    expect(init.headers['Content-Type']).toBeUndefined()

    await wrapper.get('[data-testid="report-submit"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-testid="photos-error"]').text()).toContain('请至少添加一张照片')
    expect(calls(fetchMock, 'GET /api/v1/reports/nearby')).toHaveLength(0)
  })

  it('asks a visitor to sign in first', async () => {
    auth.signOut()
    vi.stubGlobal('fetch', backend())
    wrapper = mountReport()
    await flushPromises()
    expect(wrapper.find('[data-testid="report-sign-in"]').text()).toContain('请先登录')
  })
})
