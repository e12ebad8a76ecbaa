import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { draftOf, emptyField } from '@/console/request-types.js'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import RequestDetailView from '@/portal/views/RequestDetailView.vue'
import RequestHelpView from '@/portal/views/RequestHelpView.vue'
import WorkerRequestView from '@/portal/views/WorkerRequestView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { answerErrors, emptyAnswers, requestBody } from '@/shared/service-requests.js'
import { jsonResponse, problemResponse } from './helpers.js'

const repair = {
  code: 'REPAIR',
  name: '维修转介',
  responseHours: 48,
  fields: [
    { key: 'address', labelZh: '地址', labelEn: 'Address', type: 'TEXT', required: true, maxLength: 200, options: [] },
    { key: 'problem', labelZh: '问题描述', labelEn: 'What is broken', type: 'TEXTAREA', required: true, maxLength: 1000, options: [] }
  ]
}

const request = {
  id: 42,
  typeCode: 'REPAIR',
  typeName: '维修转介',
  gridCode: 'G1',
  gridName: '银杏第1网格',
  status: 'DONE',
  answers: [{ key: 'problem', label: '问题描述', value: '楼道灯坏了' }],
  preferredTime: null,
  photos: [],
  workers: ['网格员小王'],
  dueAt: '2026-11-30T08:00:00Z',
  overdue: false,
  escalated: false,
  notDoneCount: 0,
  rating: null,
  ratingComment: null,
  residentName: null,
  timeline: [
    { kind: 'SUBMITTED', status: 'SUBMITTED', by: 'RESIDENT', name: null, note: null, at: '2026-11-28T08:00:00Z' },
    { kind: 'DONE', status: 'DONE', by: 'WORKER', name: '网格员小王', note: '已换灯泡', at: '2026-11-28T10:00:00Z' }
  ],
  createdAt: '2026-11-28T08:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z'
}

function mountAt(component, props = {}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { template: '<div />' } },
      { path: '/requests/:id', name: 'request-detail', component: { template: '<div />' } },
      { path: '/:p(.*)*', component: { template: '<div />' } }
    ]
  })
  return mount(component, { props, global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('service request helpers', () => {
  it('sends only filled answers, uploaded photos and the location when chosen', () => {
    const answers = { ...emptyAnswers(repair), address: ' 银杏路1号 ' }
    const photos = [{ status: 'done', mediaId: 'm1' }, { status: 'uploading' }]
    expect(requestBody(repair, answers, photos, ' 下午 ', { lat: 32, lng: 118 })).toEqual({
      typeCode: 'REPAIR',
      answers: { address: '银杏路1号' },
      photoIds: ['m1'],
      preferredTime: '下午',
      lat: 32,
      lng: 118,
      crs: 'wgs84'
    })
    expect(requestBody(repair, {}, [], '', null)).toEqual({ typeCode: 'REPAIR', answers: {} })
  })

  it('maps answer field errors by key', () => {
    expect(answerErrors({ errors: [{ field: 'answers.address', message: '请填写地址。' }, { field: 'x', message: 'y' }] })).toEqual({
      address: '请填写地址。'
    })
  })

  it('builds a type draft with choice options split on commas', () => {
    const choice = { ...emptyField(), key: 'matter', labelZh: '事项', labelEn: 'Matter', type: 'CHOICE', optionsText: '户籍，社保, 医保' }
    const draft = draftOf({ nameZh: ' 帮办 ', nameEn: 'Help', responseHours: '24', sortOrder: '5', active: true, fields: [choice] })
    expect(draft.nameZh).toBe('帮办')
    expect(draft.responseHours).toBe(24)
    expect(draft.fields[0].options).toEqual(['户籍', '社保', '医保'])
  })
})

describe('service request pages', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    auth.signIn({ accessToken: 'r-tok', subject: 'resident:7', displayName: '李阿姨', roles: ['RESIDENT'] })
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
    auth.signOut()
  })

  it('draws the form of the chosen type, sends it with an Idempotency-Key and shows field messages', async () => {
    fetchMock.mockImplementation(async (url, init) => {
      if (url.endsWith('/service-requests/types')) return jsonResponse(200, [repair])
      if (url.endsWith('/me/home-grid')) return jsonResponse(200, { set: true, homeGrid: { gridCode: 'G1', name: '银杏第1网格' } })
      if (init.method === 'POST') {
        return problemResponse(400, { detail: '请检查标出的内容。', errors: [{ field: 'answers.problem', message: '请填写问题描述。' }] })
      }
      return jsonResponse(404, {})
    })
    wrapper = mountAt(RequestHelpView)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="type-REPAIR"]').exists()).toBe(true))
    await wrapper.get('[data-testid="type-REPAIR"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="answer-address"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="request-grid"]').text()).toContain('银杏第1网格')
    await wrapper.get('[data-testid="answer-address"] input').setValue('银杏路1号')
    await wrapper.get('form').trigger('submit')

    await vi.waitFor(() => expect(wrapper.text()).toContain('请填写问题描述。'))
    const post = fetchMock.mock.calls.find(([, init]) => init.method === 'POST')
    expect(post[0]).toBe('/api/v1/service-requests')
    expect(post[1].headers['Idempotency-Key']).toMatch(/[0-9a-f-]{36}/)
    expect(JSON.parse(post[1].body)).toEqual({ typeCode: 'REPAIR', answers: { address: '银杏路1号' } })
  })

  it('shows the timeline with the worker name and sends a rating when the resident confirms', async () => {
    fetchMock.mockImplementation(async (url, init) =>
      init.method === 'POST' ? jsonResponse(200, { ...request, status: 'CLOSED', rating: 4 }) : jsonResponse(200, request)
    )
    wrapper = mountAt(RequestDetailView, { id: '42' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="request-timeline"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="request-timeline"]').text()).toContain('网格员小王 办结')
    expect(wrapper.text()).toContain('已换灯泡')
    await wrapper.findAll('[data-testid="confirm-rating"] .van-rate__item')[3].trigger('click')
    await wrapper.get('[data-testid="confirm-send"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="request-status"]').text()).toBe('已完成'))
    const post = fetchMock.mock.calls.find(([, init]) => init.method === 'POST')
    expect(post[0]).toBe('/api/v1/service-requests/42/confirm')
    expect(JSON.parse(post[1].body)).toEqual({ rating: 4, comment: '' })
  })

  it('lets the grid worker take a request and hand it over to a colleague', async () => {
    const open = { ...request, status: 'SUBMITTED', residentName: '李阿姨', timeline: request.timeline.slice(0, 1) }
    fetchMock.mockImplementation(async (url, init) => {
      if (url.endsWith('/colleagues')) return jsonResponse(200, [{ id: 9, name: '网格员小赵', role: 'GRID_WORKER', onDuty: true }])
      if (url.endsWith('/accept')) return jsonResponse(200, { ...open, status: 'ACCEPTED' })
      if (url.endsWith('/hand-over')) return jsonResponse(200, { ...open, status: 'ACCEPTED', workers: ['网格员小赵'] })
      return jsonResponse(200, open)
    })
    wrapper = mountAt(WorkerRequestView, { id: '42' })
    await vi.waitFor(() => expect(wrapper.find('[data-testid="desk-accept"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('李阿姨')
    await wrapper.get('[data-testid="desk-accept"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.get('[data-testid="request-status"]').text()).toBe('已受理'))
    await wrapper.get('[data-testid="colleague-9"]').trigger('click')
    await wrapper.get('[data-testid="desk-hand-over"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.text()).toContain('网格员小赵'))
    const handOver = fetchMock.mock.calls.find(([url]) => url.endsWith('/hand-over'))
    expect(handOver[0]).toBe('/api/v1/worker/service-requests/42/hand-over')
    expect(JSON.parse(handOver[1].body)).toEqual({ workerId: 9, note: '' })
  })
})
