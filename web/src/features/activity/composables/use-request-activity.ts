import { ref, watch, type Ref } from 'vue'
import { activityApi } from '../api'
import type { DocumentLink, DocumentView, Timeline } from '../types'

/** Loads one part of a request's activity and reloads it when `refreshKey` changes. */
function useReloading<T>(requestId: Ref<string>, refreshKey: Ref<unknown>, read: (id: string) => Promise<T>, empty: T) {
  const value = ref(empty) as Ref<T>
  const loaded = ref(false)
  const error = ref<unknown>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    try {
      const result = await read(requestId.value)
      if (mine !== generation) return
      value.value = result
      error.value = null
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loaded.value = true
    }
  }

  watch([requestId, refreshKey], () => void load(), { immediate: true })
  return { value, loaded, error, reload: load }
}

export function useTimeline(requestId: Ref<string>, refreshKey: Ref<unknown>) {
  const { value, ...rest } = useReloading<Timeline>(requestId, refreshKey, activityApi.history, { items: [], truncated: false })
  return { timeline: value, ...rest }
}

export function useDocuments(requestId: Ref<string>, refreshKey: Ref<unknown>) {
  const { value, ...rest } = useReloading<DocumentView[]>(requestId, refreshKey, activityApi.documents, [])
  return { documents: value, ...rest }
}

export function useLinks(requestId: Ref<string>, refreshKey: Ref<unknown>) {
  const { value, ...rest } = useReloading<DocumentLink[]>(requestId, refreshKey, activityApi.links, [])
  return { links: value, ...rest }
}
