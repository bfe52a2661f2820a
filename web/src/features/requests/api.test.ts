import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { clearCookies, jsonResponse, stubFetch } from '@/shared/test-support'
import { requestsApi } from './api'

describe('requestsApi', () => {
  beforeEach(() => clearCookies())
  afterEach(() => vi.unstubAllGlobals())

  it('lists a zero-based page of 20', async () => {
    const { calls } = stubFetch(() => jsonResponse(200, { items: [], page: 1, size: 20, totalItems: 0, totalPages: 0 }))

    await requestsApi.list(1)

    expect(calls[0]).toMatchObject({ method: 'GET', url: '/api/v1/requests?page=1&size=20' })
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
