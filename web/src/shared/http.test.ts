import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError, expandPath, http, onUnauthorized, readCookie } from './http'
import { setLocale } from './i18n'
import { clearCookies, jsonResponse, stubFetch } from './test-support'

describe('http client', () => {
  beforeEach(() => {
    clearCookies()
    setLocale('ru', false)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    onUnauthorized(null)
  })

  it('sends X-Requested-With and the UI language on every call', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, { ok: true }))
    setLocale('en', false)

    await http.get('/api/v1/me')

    expect(calls[0]?.headers['X-Requested-With']).toBe('XMLHttpRequest')
    expect(calls[0]?.headers['Accept-Language']).toBe('en')
    expect(calls[0]?.headers['X-XSRF-TOKEN']).toBeUndefined()
  })

  it('puts the current XSRF-TOKEN cookie into the header of a state-changing call', async () => {
    document.cookie = 'XSRF-TOKEN=first%2Btoken; Path=/'
    const { calls } = stubFetch(() => jsonResponse(201, { id: '1' }))

    await http.post('/api/v1/requests', { json: { a: 1 } })
    document.cookie = 'XSRF-TOKEN=second; Path=/'
    await http.post('/api/v1/requests', { json: { a: 2 } })

    expect(calls.map((c) => c.headers['X-XSRF-TOKEN'])).toEqual(['first+token', 'second'])
    expect(calls[0]?.headers['Content-Type']).toBe('application/json')
    expect(calls[0]?.body).toBe('{"a":1}')
  })

  it('asks the server for a CSRF cookie when there is none yet (login rotates it away)', async () => {
    const { calls } = stubFetch((call) => {
      if (call.url === '/api/v1/auth/csrf') {
        document.cookie = 'XSRF-TOKEN=fresh; Path=/'
        return jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 'masked' })
      }
      return jsonResponse(204)
    })

    await http.post('/api/v1/auth/logout')

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/v1/auth/csrf', 'POST /api/v1/auth/logout'])
    expect(calls[1]?.headers['X-XSRF-TOKEN']).toBe('fresh')
  })

  it('refreshes the CSRF token once and retries when a write is answered 403', async () => {
    document.cookie = 'XSRF-TOKEN=stale; Path=/'
    let posts = 0
    const { calls } = stubFetch((call) => {
      if (call.url === '/api/v1/auth/csrf') {
        document.cookie = 'XSRF-TOKEN=renewed; Path=/'
        return jsonResponse(200, { headerName: 'X-XSRF-TOKEN', token: 'x' })
      }
      posts++
      return posts === 1 ? jsonResponse(403, { status: 403, title: 'Forbidden' }) : jsonResponse(200, { fine: true })
    })

    await expect(http.post('/api/v1/requests', { json: {} })).resolves.toEqual({ fine: true })
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.headers['X-XSRF-TOKEN'])).toEqual(['stale', 'renewed'])
  })

  it('sends form logins url-encoded', async () => {
    document.cookie = 'XSRF-TOKEN=t; Path=/'
    const { calls } = stubFetch(() => jsonResponse(200, {}))

    await http.post('/api/v1/auth/login', { form: { username: 'админ', password: 'p&q' } })

    expect(calls[0]?.headers['Content-Type']).toContain('application/x-www-form-urlencoded')
    expect(new URLSearchParams(calls[0]?.body)).toEqual(new URLSearchParams({ username: 'админ', password: 'p&q' }))
  })

  it('expands path templates and query parameters', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, {}))

    await http.get('/api/v1/requests/{id}', { path: { id: 'a b/c' }, query: { page: 2, size: 20, skip: undefined } })

    expect(calls[0]?.url).toBe('/api/v1/requests/a%20b%2Fc?page=2&size=20')
    expect(() => expandPath('/api/v1/requests/{id}')).toThrow(/id/)
  })

  it('turns a problem body into an ApiError with per-field messages', async () => {
    stubFetch(() =>
      jsonResponse(400, {
        title: 'Bad Request',
        status: 400,
        detail: 'Проверьте поля',
        errors: [
          { field: 'contactPhone', message: 'Укажите телефон' },
          { field: 'contactPhone', message: 'second message is ignored' },
          { field: 'customerName', message: 'Укажите клиента' },
        ],
      }),
    )

    const error = await http.post('/api/v1/requests', { json: {} }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.status).toBe(400)
    expect(apiError.message).toBe('Проверьте поля')
    expect(apiError.fieldErrors).toEqual({ contactPhone: 'Укажите телефон', customerName: 'Укажите клиента' })
  })

  it('copes with an error that has no JSON body', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))

    const error = (await http.get('/api/v1/requests').catch((e: unknown) => e)) as ApiError

    expect(error.status).toBe(502)
    expect(error.problem.title).toBe('Bad Gateway')
  })

  it('reports a session that ended (401) unless the caller expects it', async () => {
    stubFetch(() => jsonResponse(401, { status: 401, title: 'Unauthorized' }))
    const handler = vi.fn()
    onUnauthorized(handler)

    await expect(http.get('/api/v1/me', { expectUnauthorized: true })).rejects.toBeInstanceOf(ApiError)
    expect(handler).not.toHaveBeenCalled()
    await expect(http.get('/api/v1/requests')).rejects.toBeInstanceOf(ApiError)
    expect(handler).toHaveBeenCalledOnce()
  })

  it('returns undefined for 204 and wraps a failed connection in NetworkError', async () => {
    document.cookie = 'XSRF-TOKEN=t; Path=/'
    stubFetch(() => jsonResponse(204))
    await expect(http.post('/api/v1/auth/logout')).resolves.toBeUndefined()

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    await expect(http.get('/api/v1/requests')).rejects.toBeInstanceOf(NetworkError)
  })

  it('reads one cookie among several', () => {
    document.cookie = 'other=1; Path=/'
    document.cookie = 'XSRF-TOKEN=abc; Path=/'
    expect(readCookie('XSRF-TOKEN')).toBe('abc')
    expect(readCookie('missing')).toBeNull()
  })
})
