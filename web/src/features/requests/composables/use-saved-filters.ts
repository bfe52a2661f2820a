import { ref } from 'vue'
import { savedFiltersApi } from '../api'
import { normaliseFilter } from '../queue-filter'
import type { QueueFilter, SavedFilter } from '../types'

/** The user's saved queue filters: loaded once per page, saved and deleted on the server. */
export function useSavedFilters() {
  const filters = ref<SavedFilter[]>([])
  const error = ref<unknown>(null)
  const busy = ref(false)

  async function load(): Promise<void> {
    try {
      const mine = await savedFiltersApi.mine()
      filters.value = mine.map((f) => ({ ...f, filter: normaliseFilter(f.filter) }))
      error.value = null
    } catch (e) {
      error.value = e
    }
  }

  async function save(name: string, filter: QueueFilter): Promise<SavedFilter> {
    busy.value = true
    try {
      const saved = await savedFiltersApi.save(name.trim(), filter)
      const clean = { ...saved, filter: normaliseFilter(saved.filter) }
      filters.value = [...filters.value.filter((f) => f.id !== clean.id), clean]
      return clean
    } finally {
      busy.value = false
    }
  }

  async function remove(id: string): Promise<void> {
    busy.value = true
    try {
      await savedFiltersApi.remove(id)
      filters.value = filters.value.filter((f) => f.id !== id)
    } finally {
      busy.value = false
    }
  }

  void load()
  return { filters, error, busy, load, save, remove }
}
