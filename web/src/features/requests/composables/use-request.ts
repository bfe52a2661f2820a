import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { RequestView } from '@/shared/api-types'
import { SLA_STATES_TO_POLL } from '../labels'
import { requestsApi } from '../api'

/** The streams side computes the SLA clock shortly after registration; ask again this often. */
export const SLA_POLL_MS = 3_000
/** Otherwise a quiet refresh, so work done by other departments shows up on an open card. */
export const CARD_REFRESH_MS = 30_000

/** One request, re-fetched every 3 s while its SLA state is PENDING or UNKNOWN, else every 30 s. */
export function useRequest(id: Ref<string>) {
  const request = ref<RequestView | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function load(silent = false): Promise<void> {
    const mine = ++generation
    clearTimeout(timer)
    if (!silent) loading.value = true
    try {
      const result = await requestsApi.get(id.value)
      if (mine !== generation) return
      request.value = result
      error.value = null
    } catch (e) {
      if (mine !== generation) return
      // A failed poll keeps what is on screen; only a failed first load shows an error.
      if (!silent || !request.value) error.value = e
    } finally {
      if (mine === generation) {
        loading.value = false
        if (request.value) {
          const computing = SLA_STATES_TO_POLL.includes(request.value.sla.state)
          timer = setTimeout(() => void load(true), computing ? SLA_POLL_MS : CARD_REFRESH_MS)
        }
      }
    }
  }

  watch(
    id,
    () => {
      request.value = null
      void load()
    },
    { immediate: true },
  )
  onScopeDispose(() => {
    generation++
    clearTimeout(timer)
  })

  /** Shows the server's answer to an action at once, then re-reads (the SLA may have moved). */
  function replace(next: RequestView): void {
    request.value = { ...next, sla: next.sla.state === 'PENDING' && request.value ? request.value.sla : next.sla }
    void load(true)
  }

  return { request, loading, error, reload: (silent = false) => load(silent), replace }
}
