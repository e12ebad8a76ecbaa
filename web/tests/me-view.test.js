import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import MeView from '@/portal/views/MeView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

function mountMe() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: MeView }] })
  return mount(MeView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

async function devLogin(wrapper, name) {
  await wrapper.get('[data-testid="dev-login-name"] input').setValue(name)
  await wrapper.get('form').trigger('submit')
}

describe('MeView (portal)', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    auth.signOut()
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
  })

  it('asks to use the WeChat mini-program when dev sign-in does not exist', async () => {
    fetchMock.mockResolvedValue(problemResponse(404, { title: 'Not Found' }))
    wrapper = mountMe()

    await devLogin(wrapper, '张阿姨')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="me-use-mini-program"]').exists()).toBe(true))
    expect(wrapper.text()).toContain('请在微信小程序中登录')
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ role: 'RESIDENT', name: '张阿姨' })
  })

  it('signs in through dev sign-in and shows who is signed in', async () => {
    fetchMock.mockImplementation(async (url) =>
      url.endsWith('/auth/dev')
        ? jsonResponse(200, { accessToken: 'r-tok', subject: 'resident:1', displayName: '张阿姨', roles: ['RESIDENT'] })
        : jsonResponse(200, { subject: 'resident:1', displayName: '张阿姨', roles: ['RESIDENT'] })
    )
    wrapper = mountMe()

    await devLogin(wrapper, '张阿姨')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="me-name"]').text()).toContain('张阿姨'))
    expect(wrapper.text()).toContain('居民')
    expect(fetchMock.mock.calls[1][0]).toBe('/api/v1/auth/me')
    expect(fetchMock.mock.calls[1][1].headers.Authorization).toBe('Bearer r-tok')
  })

  it('offers the profile page to residents only', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, { subject: 'staff:w', displayName: '王', roles: ['STAFF'] }))
    auth.signIn({ accessToken: 's-tok', subject: 'staff:w', displayName: '王', roles: ['STAFF'] })
    wrapper = mountMe()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="me-name"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="me-profile-link"]').exists()).toBe(false)
    wrapper.unmount()

    auth.signIn({ accessToken: 'r-tok', subject: 'resident:1', displayName: '张阿姨', roles: ['RESIDENT'] })
    fetchMock.mockResolvedValue(jsonResponse(200, { subject: 'resident:1', displayName: '张阿姨', roles: ['RESIDENT'] }))
    wrapper = mountMe()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="me-profile-link"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="me-profile-link"]').text()).toContain('我的资料与授权')
  })
})
