import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { elementPlugin } from '@/console/element.js'
import { auth } from '@/console/session.js'
import ScreeningView from '@/console/views/ScreeningView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

const REPORT = {
  id: 7,
  trackingCode: 'GL2026ABCD',
  category: 'OTHER',
  categoryName: '其他',
  description: '路口井盖松动',
  lat: 32.0603,
  lng: 118.7969,
  address: '中山路 100 号',
  gridCode: '320106001',
  gridApproximate: false,
  gridCandidates: [],
  severity: 'DAILY',
  urgent: false,
  anonymous: false,
  status: 'SUBMITTED',
  flags: ['PHOTO_OLD'],
  createdAt: '2026-11-28T08:00:00Z',
  dueAt: '2026-12-01T08:00:00Z',
  followers: 0,
  photos: [{ id: 'm-1', url: '/media/m-1/original?sig=a', thumbnailUrl: '/media/m-1/thumb?sig=b' }],
  timeline: [{ status: 'SUBMITTED', note: null, at: '2026-11-28T08:00:00Z', byStaff: false }]
}

function backend(handlers = {}) {
  return vi.fn(async (url, init = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`
    if (handlers[key]) return handlers[key](url, init)
    if (key === 'GET /api/v1/admin/reports') return jsonResponse(200, { items: [REPORT], page: 0, size: 20, totalItems: 1, totalPages: 1 })
    if (key === 'GET /api/v1/report-categories') return jsonResponse(200, [{ code: 'OTHER', parent: null, name: '其他' }])
    return problemResponse(404, { title: 'Not Found' })
  })
}

async function mountScreening() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: ScreeningView }] })
  const wrapper = mount(ScreeningView, { global: { plugins: [i18n, router, elementPlugin] }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('[data-testid="screening-open-7"]').exists()).toBe(true))
  await wrapper.get('[data-testid="screening-open-7"]').trigger('click')
  await vi.waitFor(() => expect(wrapper.find('[data-testid="screening-accept"]').exists()).toBe(true))
  return wrapper
}

const body = () => new DOMWrapper(document.body)
const calls = (fetchMock, key) =>
  fetchMock.mock.calls.filter(([url, init = {}]) => `${init.method ?? 'GET'} ${url.split('?')[0]}` === key)

describe('ScreeningView (上报审核)', () => {
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

  it('shows the report with its flag explained and accepts it', async () => {
    const fetchMock = backend({
      'POST /api/v1/admin/reports/7/accept': async () => jsonResponse(200, { ...REPORT, status: 'ACCEPTED' })
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = await mountScreening()

    expect(wrapper.get('[data-testid="screening-flag"]').text()).toContain('照片较旧')
    expect(wrapper.get('[data-testid="screening-flag"]').text()).toContain('拍摄时间较早')
    expect(wrapper.get('[data-testid="screening-location"]').text()).toBe('32.0603, 118.7969')
    expect(wrapper.find('img.screening__photo').attributes('src')).toBe('/media/m-1/thumb?sig=b')

    await wrapper.get('[data-testid="screening-accept"]').trigger('click')
    await vi.waitFor(() => expect(calls(fetchMock, 'POST /api/v1/admin/reports/7/accept')).toHaveLength(1))
    const [, init] = calls(fetchMock, 'POST /api/v1/admin/reports/7/accept')[0]
    expect(init.headers.Authorization).toBe('Bearer s-tok')
    // The queue is reloaded once the report has left it.
    await vi.waitFor(() => expect(calls(fetchMock, 'GET /api/v1/admin/reports')).toHaveLength(2))
  })

  it('rejects with the reason typed in the dialog', async () => {
    const fetchMock = backend({
      'POST /api/v1/admin/reports/7/reject': async () => jsonResponse(200, { ...REPORT, status: 'REJECTED' })
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = await mountScreening()

    await wrapper.get('[data-testid="screening-reject"]').trigger('click')
    await vi.waitFor(() => expect(body().find('textarea[data-testid="screening-reason"]').exists()).toBe(true))
    await body().get('[data-testid="screening-dialog-confirm"]').trigger('click')
    await flushPromises()
    expect(body().get('[data-testid="screening-dialog-error"]').text()).toContain('请填写原因')
    expect(calls(fetchMock, 'POST /api/v1/admin/reports/7/reject')).toHaveLength(0)

    await body().get('textarea[data-testid="screening-reason"]').setValue('不属于网格受理范围')
    await body().get('[data-testid="screening-dialog-confirm"]').trigger('click')
    await vi.waitFor(() => expect(calls(fetchMock, 'POST /api/v1/admin/reports/7/reject')).toHaveLength(1))
    const [, init] = calls(fetchMock, 'POST /api/v1/admin/reports/7/reject')[0]
    expect(JSON.parse(init.body)).toEqual({ reason: '不属于网格受理范围' })
  })

  it('marks a duplicate and filters the queue by grid code prefix', async () => {
    const fetchMock = backend({
      'POST /api/v1/admin/reports/7/duplicate': async () => jsonResponse(200, { ...REPORT, status: 'DUPLICATE' })
    })
    vi.stubGlobal('fetch', fetchMock)
    wrapper = await mountScreening()

    await wrapper.get('[data-testid="screening-duplicate"]').trigger('click')
    await vi.waitFor(() => expect(body().find('input[data-testid="screening-duplicate-of"]').exists()).toBe(true))
    await body().get('input[data-testid="screening-duplicate-of"]').setValue('3')
    await body().get('[data-testid="screening-dialog-confirm"]').trigger('click')
    await vi.waitFor(() => expect(calls(fetchMock, 'POST /api/v1/admin/reports/7/duplicate')).toHaveLength(1))
    expect(JSON.parse(calls(fetchMock, 'POST /api/v1/admin/reports/7/duplicate')[0][1].body)).toEqual({ of: 3 })

    await wrapper.get('input[data-testid="screening-area"]').setValue('320106')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() =>
      expect(calls(fetchMock, 'GET /api/v1/admin/reports').some(([url]) => url.includes('area=320106'))).toBe(true)
    )
    const [url] = calls(fetchMock, 'GET /api/v1/admin/reports').at(-1)
    expect(url).toContain('page=0')
  })

  it('shows the 409 problem detail when the report already moved on', async () => {
    vi.stubGlobal('fetch', backend({
      'POST /api/v1/admin/reports/7/accept': async () => problemResponse(409, { title: 'Conflict', detail: '该上报已被其他人处理' })
    }))
    wrapper = await mountScreening()
    await wrapper.get('[data-testid="screening-accept"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="screening-error"]').text()).toContain('该上报已被其他人处理'))
  })
})
