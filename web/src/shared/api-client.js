// Thin fetch wrapper for the GridLink API (/api/v1). Errors come back as RFC 9457
// problem+json; they are turned into ApiError so views can show `message` and
// per-field messages without knowing the wire format.
import { currentLocale, translate } from './i18n/index.js'

export const API_BASE = '/api/v1'

export class ApiError extends Error {
  constructor({ status = 0, type, title, detail, requestId, errors } = {}, fallbackMessage) {
    super(detail || title || fallbackMessage || translate('common.requestFailed', { status }))
    this.name = 'ApiError'
    this.status = status
    this.type = type
    this.title = title
    this.detail = detail
    this.requestId = requestId
    this.errors = Array.isArray(errors) ? errors : []
    this.fieldErrors = {}
    for (const { field, message } of this.errors) {
      if (!field) continue
      this.fieldErrors[field] = this.fieldErrors[field] ? `${this.fieldErrors[field]}; ${message}` : message
    }
  }

  fieldError(field) {
    return this.fieldErrors[field] ?? ''
  }
}

function isJson(response) {
  const type = response.headers.get('content-type') || ''
  return /application\/([\w.+-]+\+)?json/i.test(type)
}

export async function toApiError(response) {
  let problem = {}
  if (isJson(response)) {
    try {
      problem = (await response.json()) ?? {}
    } catch {
      problem = {}
    }
  }
  return new ApiError({ ...problem, status: response.status })
}

function buildUrl(baseUrl, path, query) {
  const url = `${baseUrl}${path}`
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `${url}?${text}` : url
}

/**
 * @param {object} options
 * @param {{state: {token: string|null}}} [options.auth] store that holds the bearer token
 * @param {() => void} [options.onUnauthorized] called on 401 for a request that sent a token
 */
export function createApiClient({ baseUrl = API_BASE, auth, onUnauthorized } = {}) {
  // `formData` sends multipart (the browser sets the boundary); `headers` adds e.g. Idempotency-Key.
  async function request(method, path, { body, query, headers: extraHeaders, formData } = {}) {
    const headers = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': currentLocale(),
      ...extraHeaders
    }
    const token = auth?.state.token
    if (token) headers.Authorization = `Bearer ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'

    let response
    try {
      response = await fetch(buildUrl(baseUrl, path, query), {
        method,
        headers,
        body: formData ?? (body === undefined ? undefined : JSON.stringify(body)),
        credentials: 'same-origin'
      })
    } catch {
      throw new ApiError({ status: 0 }, translate('common.networkError'))
    }

    if (!response.ok) {
      const error = await toApiError(response)
      // A rejected token means the session is over; a 401 on login itself is just bad credentials.
      if (response.status === 401 && token && onUnauthorized) onUnauthorized(error)
      throw error
    }
    if (response.status === 204 || !isJson(response)) return null
    return response.json()
  }

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    put: (path, body, options) => request('PUT', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
    upload: (path, formData, options) => request('POST', path, { ...options, formData }),
    delete: (path, options) => request('DELETE', path, options)
  }
}
