import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { elementPlugin } from '@/console/element.js'
import { createConsoleRouter } from '@/console/router.js'
import { auth } from '@/console/session.js'
import ChangePasswordView from '@/console/views/ChangePasswordView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

async function mountView() {
  const router = createConsoleRouter(createMemoryHistory())
  await router.push('/change-password')
  const wrapper = mount(ChangePasswordView, { global: { plugins: [i18n, router, elementPlugin] }, attachTo: document.body })
  return { wrapper, router }
}

async function submit(wrapper, current, next) {
  await wrapper.get('input[data-testid="cp-current"]').setValue(current)
  await wrapper.get('input[data-testid="cp-new"]').setValue(next)
  await wrapper.get('input[data-testid="cp-confirm"]').setValue(next)
  await wrapper.get('[data-testid="cp-submit"]').trigger('submit')
}

describe('ChangePasswordView', () => {
  let fetchMock
  let wrapper

  beforeEach(() => {
    setLocale('zh-CN')
    auth.signIn({ accessToken: 'one-time', subject: 'staff:admin', displayName: '管理员', roles: ['ADMIN'], passwordChangeRequired: true })
    auth.setUser({ username: 'admin' })
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => {
    wrapper?.unmount()
    vi.unstubAllGlobals()
  })

  it('shows the per-field messages of a 400 problem', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, { detail: '新密码不符合要求', errors: [{ field: 'newPassword', message: '密码过于常见' }] })
    )
    ;({ wrapper } = await mountView())

    await submit(wrapper, 'Initial-Pass-2026', 'Password1234')

    await vi.waitFor(() => expect(wrapper.text()).toContain('密码过于常见'))
    expect(wrapper.get('[data-testid="change-password-error"]').text()).toContain('新密码不符合要求')
    expect(auth.state.user.passwordChangeRequired).toBe(true)
  })

  it('keeps the fresh token the server answers and opens the dashboard', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(200, { accessToken: 'fresh', subject: 'staff:admin', displayName: '管理员', roles: ['ADMIN'], passwordChangeRequired: false })
    )
    let router
    ;({ wrapper, router } = await mountView())

    await submit(wrapper, 'Initial-Pass-2026', 'Brand-New-Pass-2026')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('overview'))
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({
      currentPassword: 'Initial-Pass-2026',
      newPassword: 'Brand-New-Pass-2026'
    })
    expect(auth.state.token).toBe('fresh')
    expect(auth.state.user).toMatchObject({ username: 'admin', passwordChangeRequired: false })
  })

  it('also accepts a 204 answer and keeps the current token', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    let router
    ;({ wrapper, router } = await mountView())

    await submit(wrapper, 'Initial-Pass-2026', 'Brand-New-Pass-2026')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('overview'))
    expect(auth.state.token).toBe('one-time')
    expect(auth.state.user.passwordChangeRequired).toBe(false)
  })

  it('checks the password rules before calling the server', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // async-validator logs failed rules in dev
    ;({ wrapper } = await mountView())

    await submit(wrapper, 'Initial-Pass-2026', 'admin')

    await vi.waitFor(() => expect(wrapper.text()).toContain('新密码至少 12 位'))
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
