import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import type { RequestView, SlaView } from '@/shared/api-types'
import { requestsApi } from '../api'
import { SLA_POLL_MS, useRequest } from './use-request'

const view = (sla: Partial<SlaView>): RequestView =>
  ({
    id: 'r-1',
    number: 'З-2026-000001',
    sla: { target: 'FIRST_RESPONSE', state: 'PENDING', startedAt: null, dueAt: null, ...sla },
  }) as RequestView

describe('useRequest', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  it('re-fetches every 3 s while the SLA is pending and stops once streams computed it', async () => {
    const get = vi
      .spyOn(requestsApi, 'get')
      .mockResolvedValueOnce(view({ state: 'PENDING' }))
      .mockResolvedValueOnce(view({ state: 'UNKNOWN' }))
      .mockResolvedValue(view({ state: 'RUNNING', dueAt: '2026-11-25T14:00:00Z' }))
    const scope = effectScope()
    const { request } = scope.run(() => useRequest(ref('r-1')))!

    await vi.advanceTimersByTimeAsync(0)
    expect(request.value?.sla.state).toBe('PENDING')
    await vi.advanceTimersByTimeAsync(SLA_POLL_MS)
    expect(request.value?.sla.state).toBe('UNKNOWN')
    await vi.advanceTimersByTimeAsync(SLA_POLL_MS)
    expect(request.value?.sla.state).toBe('RUNNING')
    await vi.advanceTimersByTimeAsync(SLA_POLL_MS * 5)

    expect(get).toHaveBeenCalledTimes(3)
    scope.stop()
  })

  it('stops polling when the page is left', async () => {
    const get = vi.spyOn(requestsApi, 'get').mockResolvedValue(view({ state: 'PENDING' }))
    const scope = effectScope()
    scope.run(() => useRequest(ref('r-1')))

    await vi.advanceTimersByTimeAsync(SLA_POLL_MS + 10)
    scope.stop()
    await vi.advanceTimersByTimeAsync(SLA_POLL_MS * 5)

    expect(get).toHaveBeenCalledTimes(2)
  })

  it('keeps the request on screen when one poll fails', async () => {
    vi.spyOn(requestsApi, 'get')
      .mockResolvedValueOnce(view({ state: 'PENDING' }))
      .mockRejectedValueOnce(new Error('blip'))
      .mockResolvedValue(view({ state: 'RUNNING', dueAt: '2026-11-25T14:00:00Z' }))
    const scope = effectScope()
    const { request, error } = scope.run(() => useRequest(ref('r-1')))!

    await vi.advanceTimersByTimeAsync(SLA_POLL_MS + 10)
    expect(request.value?.sla.state).toBe('PENDING')
    expect(error.value).toBeNull()
    await vi.advanceTimersByTimeAsync(SLA_POLL_MS)
    expect(request.value?.sla.state).toBe('RUNNING')
    scope.stop()
  })
})
