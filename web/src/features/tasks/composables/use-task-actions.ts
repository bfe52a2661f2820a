import { ref } from 'vue'
import { errorMessage } from '@/shared/error-message'
import { tasksApi } from '../api'
import type { WorkTask } from '../types'

type Translate = (key: string) => string

/** Start, complete and assign with one task busy at a time and the server's refusal shown by the task. */
export function useTaskActions(t: Translate, onChanged: (task: WorkTask) => void | Promise<void>) {
  const busyId = ref<string | null>(null)
  const errors = ref<Record<string, string>>({})

  async function act(task: WorkTask, call: () => Promise<WorkTask>): Promise<boolean> {
    busyId.value = task.id
    const { [task.id]: _old, ...rest } = errors.value
    errors.value = rest
    try {
      await onChanged(await call())
      return true
    } catch (error) {
      errors.value = { ...errors.value, [task.id]: errorMessage(error, t, 'tasks.failed') }
      return false
    } finally {
      busyId.value = null
    }
  }

  return {
    busyId,
    errors,
    start: (task: WorkTask) => act(task, () => tasksApi.start(task.id)),
    complete: (task: WorkTask, note: string | null) => act(task, () => tasksApi.complete(task.id, note)),
    assign: (task: WorkTask, assignee: string | null) => act(task, () => tasksApi.assign(task.id, assignee)),
  }
}
