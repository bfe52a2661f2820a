import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearCookies, jsonResponse, stubFetch } from '@/shared/test-support'
import { requestsApi } from './api'

describe('requestsApi', () => {
  beforeEach(() => clearCookies())
  afterEach(() => vi.unstubAllGlobals())

  it('searches a zero-based page of 20', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }))

    await requestsApi.search({}, 1)

    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/v1/requests?page=1&size=20' })
  })

  it('sends the filter as repeated query parameters, leaving empty ones out', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }))

    await requestsApi.search({ q: ' Вектор ', status: ['NEW', 'TRIAGED'], priority: [], duplicates: true, sort: 'SLA_DUE' }, 0)

    const url = new URL(calls[0]!.url, 'http://x')
    expect(url.pathname).toBe('/api/v1/requests')
    expect(url.searchParams.get('q')).toBe('Вектор')
    expect(url.searchParams.getAll('status')).toEqual(['NEW', 'TRIAGED'])
    expect(url.searchParams.has('priority')).toBe(false)
    expect(url.searchParams.get('duplicates')).toBe('true')
    expect(url.searchParams.get('sort')).toBe('SLA_DUE')
  })

  it('registers a request as JSON with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=tok; Path=/'
    const { calls } = stubFetch(() => jsonResponse(201, { id: 'r-1' }))
    const command = {
      customerName: 'ООО «Вектор»',
      unp: null,
      contactPhone: '+375 29 123-45-67',
      deviceModel: 'Hikvision DS-7608NI',
      serialNumber: null,
      problemDescription: 'Не пишет архив',
      priority: 'P2' as const,
    }

    await expect(requestsApi.register(command)).resolves.toEqual({ id: 'r-1' })

    expect(calls[0]).toMatchObject({ method: 'POST', url: '/api/v1/requests' })
    expect(calls[0]?.headers['X-XSRF-TOKEN']).toBe('tok')
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(command)
  })

  it('fetches one request by id', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, { id: 'abc' }))

    await requestsApi.get('abc')

    expect(calls[0]?.url).toBe('/api/v1/requests/abc')
  })
})
