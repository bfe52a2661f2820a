import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { Page, RequestView } from '@/shared/api-types'
import { requestsApi } from '../api'

/** Quiet background refresh so SLA states computed by streams show up without a reload. */
export const LIST_REFRESH_MS = 15_000

export function useRequestList(page: Ref<number>) {
  const data = ref<Page<RequestView> | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function load(silent = false): Promise<void> {
    const mine = ++generation
    clearTimeout(timer)
    if (!silent) loading.value = true
    try {
      const result = await requestsApi.list(page.value)
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

  watch(page, () => void load(), { immediate: true })
  onScopeDispose(() => {
    generation++
    clearTimeout(timer)
  })

  return { data, loading, error, reload: () => load() }
}
