import { ref, watch, type Ref } from 'vue'
import { tasksApi } from '../api'
import { sortTasks } from '../task-rules'
import type { WorkTask } from '../types'

/** A request's tasks, reloaded whenever `refreshKey` changes (after any action on the card). */
export function useRequestTasks(requestId: Ref<string>, refreshKey: Ref<unknown>) {
  const tasks = ref<WorkTask[]>([])
  const loaded = ref(false)
  const error = ref<unknown>(null)
  let generation = 0

  async function load(): Promise<void> {
    const mine = ++generation
    try {
      const list = await tasksApi.ofRequest(requestId.value)
      if (mine !== generation) return
      tasks.value = sortTasks(list)
      error.value = null
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loaded.value = true
    }
  }

  watch([requestId, refreshKey], () => void load(), { immediate: true })
  return { tasks, loaded, error, reload: load }
}
