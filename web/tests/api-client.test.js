import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, createApiClient } from '@/shared/api-client.js'
import { createAuthStore } from '@/shared/auth-store.js'
import { setLocale } from '@/shared/i18n/index.js'
import { jsonResponse, problemResponse } from './helpers.js'

describe('api client', () => {
  let fetchMock

  beforeEach(() => {
    sessionStorage.clear()
    setLocale('zh-CN')
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
  })

  afterEach(() => vi.unstubAllGlobals())

  it('turns a problem+json response into an ApiError with field errors', async () => {
    fetchMock.mockResolvedValue(
      problemResponse(400, {
        type: 'urn:gridlink:problem:validation',
        title: '请求参数有误',
        detail: '新密码不符合要求',
        requestId: 'req-42',
        errors: [
          { field: 'newPassword', message: '至少 12 位' },
          { field: 'newPassword', message: '需包含数字' },
          { field: 'currentPassword', message: '不能为空' }
        ]
      })
    )
    const api = createApiClient()

    const error = await api.post('/auth/password', { currentPassword: '', newPassword: 'x' }).catch((e) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(400)
    expect(error.title).toBe('请求参数有误')
    expect(error.detail).toBe('新密码不符合要求')
    expect(error.message).toBe('新密码不符合要求')
    expect(error.requestId).toBe('req-42')
    expect(error.fieldError('newPassword')).toBe('至少 12 位; 需包含数字')
    expect(error.fieldError('currentPassword')).toBe('不能为空')
    expect(error.fieldError('other')).toBe('')
  })

  it('falls back to the title, then to a generic message, when detail is missing', async () => {
    fetchMock
      .mockResolvedValueOnce(problemResponse(403, { title: 'Forbidden' }))
      .mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }))
    const api = createApiClient()

    await expect(api.get('/admin/staff')).rejects.toMatchObject({ status: 403, message: 'Forbidden' })
    await expect(api.get('/ping')).rejects.toMatchObject({ status: 502, message: '请求失败（502）' })
  })

  it('reports a network failure as an ApiError with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const error = await createApiClient().get('/ping').catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.status).toBe(0)
    expect(error.message).toBe('网络连接失败，请稍后重试')
  })

  it('sends JSON, the bearer token and the current language', async () => {
    const auth = createAuthStore('test')
    auth.signIn({ accessToken: 'tok-1', subject: 's', displayName: 'D', roles: [] })
    fetchMock.mockResolvedValue(jsonResponse(200, { ok: true }))
    const api = createApiClient({ auth })

    setLocale('en')
    await api.post('/things', { a: 1 }, { query: { page: 0, size: 20, empty: '' } })

    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/api/v1/things?page=0&size=20')
    expect(init.method).toBe('POST')
    expect(init.body).toBe('{"a":1}')
    expect(init.headers.Authorization).toBe('Bearer tok-1')
    expect(init.headers['Accept-Language']).toBe('en')
    expect(init.headers['Content-Type']).toBe('application/json')
  })

  it('returns null for 204 and parsed JSON otherwise', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
      .mockResolvedValueOnce(jsonResponse(200, { status: 'ok' }))
    const api = createApiClient()
    expect(await api.post('/auth/password', {})).toBeNull()
    expect(await api.get('/ping')).toEqual({ status: 'ok' })
  })

  it('calls onUnauthorized only when a sent token was rejected', async () => {
    const auth = createAuthStore('test')
    const onUnauthorized = vi.fn()
    const api = createApiClient({ auth, onUnauthorized })
    fetchMock.mockImplementation(async () => problemResponse(401, { detail: 'bad' }))

    await expect(api.post('/auth/login', {})).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).not.toHaveBeenCalled()

    auth.signIn({ accessToken: 'expired' })
    await expect(api.get('/auth/me')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })
})
