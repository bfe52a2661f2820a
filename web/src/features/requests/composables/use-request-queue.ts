import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { Page, QueueItem } from '@/shared/api-types'
import { requestsApi } from '../api'
import type { QueueFilter } from '../types'

/** Quiet background refresh so SLA states and statuses changed by others show up without a reload. */
export const LIST_REFRESH_MS = 15_000

/** The dispatcher's queue for a filter and a (zero-based) page; a newer answer always wins over an older one. */
export function useRequestQueue(filter: Ref<QueueFilter>, page: Ref<number>) {
  const data = ref<Page<QueueItem> | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function load(silent = false): Promise<void> {
    const mine = ++generation
    clearTimeout(timer)
    if (!silent) loading.value = true
    try {
      const result = await requestsApi.search(filter.value, page.value)
      if (mine !== generation) return
      data.value = result
      error.value = null
    } catch (e) {
      if (mine !== generation) return
      if (!silent) error.value = e
    } finally {
      if (mine === generation) {
        loading.value = false
        timer = setTimeout(() => void load(true), LIST_REFRESH_MS)
      }
    }
  }

  watch([filter, page], () => void load(), { immediate: true, deep: true })
  onScopeDispose(() => {
    generation++
    clearTimeout(timer)
  })

  return { data, loading, error, reload: (silent = false) => load(silent) }
}
