import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { elementPlugin } from '@/console/element.js'
import { createConsoleRouter } from '@/console/router.js'
import { auth } from '@/console/session.js'
import LoginView from '@/console/views/LoginView.vue'
import { i18n, setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

async function mountLogin() {
  const router = createConsoleRouter(createMemoryHistory())
  await router.push('/login')
  const wrapper = mount(LoginView, { global: { plugins: [i18n, router, elementPlugin] }, attachTo: document.body })
  return { wrapper, router }
}

async function signIn(wrapper, username, password) {
  await wrapper.get('input[data-testid="login-username"]').setValue(username)
  await wrapper.get('input[data-testid="login-password"]').setValue(password)
  await wrapper.get('[data-testid="login-submit"]').trigger('submit')
}

describe('LoginView', () => {
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

  it("shows the server's problem detail on 401", async () => {
    fetchMock.mockResolvedValue(problemResponse(401, { title: 'Unauthorized', detail: '用户名或密码错误' }))
    ;({ wrapper } = await mountLogin())

    await signIn(wrapper, 'admin', 'wrong-password-1')

    await vi.waitFor(() => expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="login-error"]').text()).toContain('用户名或密码错误')
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/auth/login')
    expect(JSON.parse(init.body)).toEqual({ username: 'admin', password: 'wrong-password-1' })
    expect(auth.signedIn.value).toBe(false)
  })

  it('shows the lock-out detail on 423', async () => {
    fetchMock.mockResolvedValue(problemResponse(423, { title: 'Locked', detail: '账号已锁定，请 15 分钟后再试' }))
    ;({ wrapper } = await mountLogin())

    await signIn(wrapper, 'admin', 'wrong-password-6')

    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid="login-error"]').text()).toContain('账号已锁定，请 15 分钟后再试')
    )
  })

  it('does not call the server when fields are empty', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // async-validator logs failed rules in dev
    ;({ wrapper } = await mountLogin())
    await wrapper.get('[data-testid="login-submit"]').trigger('submit')
    await flushPromises()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('goes to the change-password page when the server requires it', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(200, {
        accessToken: 'tok',
        tokenType: 'Bearer',
        expiresIn: 3600,
        subject: 'staff:1',
        displayName: '系统管理员',
        roles: ['ADMIN'],
        passwordChangeRequired: true
      })
    )
    let router
    ;({ wrapper, router } = await mountLogin())

    await signIn(wrapper, 'admin', 'Initial-Pass-2026')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('change-password'))
    expect(auth.state.token).toBe('tok')
    expect(auth.state.user).toMatchObject({ displayName: '系统管理员', username: 'admin', passwordChangeRequired: true })
  })
})
