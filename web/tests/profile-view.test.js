import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { auth } from '@/portal/session.js'
import { vantPlugin } from '@/portal/vant.js'
import ProfileView from '@/portal/views/ProfileView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

const profile = {
  subject: 'resident:7',
  nickname: '李阿姨',
  avatarMediaId: null,
  homeGridCode: 'GX-0301',
  phone: '138****5678',
  consents: { contactByPhone: false, shareContactWithGovernance: false },
  volunteerStatus: 'NONE',
  roles: ['RESIDENT']
}

function mountProfile() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: ProfileView },
      { path: '/me', component: { template: '<div />' } }
    ]
  })
  return mount(ProfileView, { global: { plugins: [i18n, router, vantPlugin] }, attachTo: document.body })
}

describe('ProfileView (portal)', () => {
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

  it('shows the profile with the phone masked and saves consents', async () => {
    fetchMock.mockImplementation(async (url, init) =>
      init.method === 'PATCH'
        ? jsonResponse(200, { ...profile, consents: { contactByPhone: true, shareContactWithGovernance: false }, volunteerStatus: 'APPLIED' })
        : jsonResponse(200, profile)
    )
    wrapper = mountProfile()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="profile-phone"]').text()).toContain('138****5678'))
    expect(wrapper.get('[data-testid="profile-nickname"] input').element.value).toBe('李阿姨')

    await wrapper.get('[data-testid="consent-contact-by-phone"]').trigger('click')
    await wrapper.get('[data-testid="consent-volunteer"]').trigger('click')
    await wrapper.get('form').trigger('submit')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="profile-saved"]').exists()).toBe(true))
    const patch = fetchMock.mock.calls.find(([, init]) => init.method === 'PATCH')
    expect(patch[0]).toBe('/api/v1/me')
    expect(patch[1].headers.Authorization).toBe('Bearer r-tok')
    expect(JSON.parse(patch[1].body)).toEqual({
      nickname: '李阿姨',
      contactByPhone: true,
      shareContactWithGovernance: false,
      volunteerStatus: 'APPLIED'
    })
  })

  it('shows the home grid and opens its own page instead of editing it here', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, profile))
    wrapper = mountProfile()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="profile-home-grid"]').text()).toContain('GX-0301'))
    expect(wrapper.find('[data-testid="profile-home-grid"] input').exists()).toBe(false)
  })

  it('deletes the account only after a second tap, then signs out', async () => {
    fetchMock.mockImplementation(async (url, init) =>
      init.method === 'DELETE' ? new Response(null, { status: 204 }) : jsonResponse(200, profile)
    )
    wrapper = mountProfile()
    await vi.waitFor(() => expect(wrapper.find('[data-testid="profile-phone"]').exists()).toBe(true))

    await wrapper.get('[data-testid="profile-delete"]').trigger('click')
    expect(fetchMock.mock.calls.some(([, init]) => init.method === 'DELETE')).toBe(false)
    expect(wrapper.get('[data-testid="profile-delete"]').text()).toContain('再次点击确认注销')

    await wrapper.get('[data-testid="profile-delete"]').trigger('click')
    await vi.waitFor(() => expect(auth.signedIn.value).toBe(false))
    expect(fetchMock.mock.calls.some(([url, init]) => url === '/api/v1/me' && init.method === 'DELETE')).toBe(true)
  })
})
