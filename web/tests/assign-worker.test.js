import { DOMWrapper, flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import AssignWorker from '@/console/components/AssignWorker.vue'
import { elementPlugin } from '@/console/element.js'
import { auth } from '@/console/session.js'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

const REQUEST = { id: 42, status: 'SUBMITTED', workers: [], timeline: [] }
const WORKERS = [
  { id: 7, name: '网格员小李', role: 'GRID_WORKER', onDuty: false },
  { id: 8, name: '网格长老陈', role: 'GRID_CHIEF', onDuty: true }
]

function backend(assign) {
  return vi.fn(async (url, init = {}) => {
    const key = `${init.method ?? 'GET'} ${url.split('?')[0]}`
    if (key === 'GET /api/v1/admin/service-requests/42/workers') return jsonResponse(200, WORKERS)
    if (key === 'POST /api/v1/admin/service-requests/42/assign') return assign(init)
    return problemResponse(404, { title: 'Not Found' })
  })
}

async function mountAssign() {
  const wrapper = mount(AssignWorker, { props: { request: REQUEST }, global: { plugins: [i18n, elementPlugin] }, attachTo: document.body })
  await vi.waitFor(() => expect(wrapper.find('[data-testid="sr-assign-worker"]').exists()).toBe(true))
  return wrapper
}

async function choose(wrapper, name) {
  await wrapper.get('[data-testid="sr-assign-worker"]').trigger('click')
  await vi.waitFor(() => expect(new DOMWrapper(document.body).findAll('.el-select-dropdown__item').length).toBe(2))
  const item = new DOMWrapper(document.body).findAll('.el-select-dropdown__item').find((o) => o.text().includes(name))
  await item.trigger('click')
  await flushPromises()
}

describe('AssignWorker (分派诉求)', () => {
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

  it('offers the grid workers and sends the chosen one with the note', async () => {
    const fetchMock = backend(async () => jsonResponse(200, { ...REQUEST, workers: ['网格员小李'] }))
    vi.stubGlobal('fetch', fetchMock)
    wrapper = await mountAssign()
    expect(wrapper.text()).toContain('分派给网格员')
    expect(wrapper.get('[data-testid="sr-assign-submit"]').attributes('disabled')).toBeDefined()

    await choose(wrapper, '网格员小李（网格员，不在岗）')
    await wrapper.get('input[data-testid="sr-assign-note"]').setValue('请尽快联系居民')
    await wrapper.get('[data-testid="sr-assign-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.emitted('assigned')).toHaveLength(1))
    const [, init] = fetchMock.mock.calls.find(([, i = {}]) => i.method === 'POST')
    expect(JSON.parse(init.body)).toEqual({ workerId: 7, note: '请尽快联系居民' })
    expect(init.headers.Authorization).toBe('Bearer s-tok')
    expect(wrapper.emitted('assigned')[0][0].workers).toEqual(['网格员小李'])
  })

  it("shows the server's problem when the worker is not of the grid", async () => {
    vi.stubGlobal('fetch', backend(async () => problemResponse(422, { title: '无法分派', detail: '网格员 8 不负责网格 G1 的诉求' })))
    wrapper = await mountAssign()
    await choose(wrapper, '网格长老陈')
    await wrapper.get('[data-testid="sr-assign-submit"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="sr-assign-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="sr-assign-error"]').text()).toContain('不负责网格')
    expect(wrapper.emitted('assigned')).toBeUndefined()
  })
})
