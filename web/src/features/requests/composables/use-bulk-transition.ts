import { computed, ref } from 'vue'
import type { QueueItem } from '@/shared/api-types'
import { errorMessage } from '@/shared/error-message'
import { requestsApi } from '../api'
import { canStartFrom, type RequestAction } from '../lifecycle'

export type BulkOutcome =
  | { state: 'pending' }
  | { state: 'ok'; status: string }
  | { state: 'skipped'; status: string }
  | { state: 'failed'; message: string }

export interface BulkRow {
  id: string
  number: string
  outcome: BulkOutcome
}

type Translate = (key: string, values?: Record<string, unknown>) => string

/**
 * One lifecycle action for many requests: the per-request endpoint is called for each selected request in
 * turn (the server checks each on its own), and each row keeps its own outcome. Requests whose status does not
 * allow the action are skipped without a call.
 */
export function useBulkTransition(t: Translate) {
  const rows = ref<BulkRow[]>([])
  const running = ref(false)

  async function run(items: readonly QueueItem[], action: RequestAction, reason: string | null): Promise<void> {
    running.value = true
    rows.value = items.map((item) => ({ id: item.id, number: item.number, outcome: { state: 'pending' } }))
    try {
      for (const [index, item] of items.entries()) {
        const row = rows.value[index]!
        if (!canStartFrom(action, item.status)) {
          row.outcome = { state: 'skipped', status: item.status }
          continue
        }
        try {
          const updated = await requestsApi.transition(item.id, action, reason)
          row.outcome = { state: 'ok', status: String(updated.status) }
        } catch (error) {
          row.outcome = { state: 'failed', message: errorMessage(error, t, 'bulk.failed') }
        }
      }
    } finally {
      running.value = false
    }
  }

  const summary = computed(() => ({
    total: rows.value.length,
    ok: rows.value.filter((r) => r.outcome.state === 'ok').length,
    failed: rows.value.filter((r) => r.outcome.state === 'failed').length,
    skipped: rows.value.filter((r) => r.outcome.state === 'skipped').length,
  }))

  function clear(): void {
    rows.value = []
  }

  return { rows, running, summary, run, clear }
}
