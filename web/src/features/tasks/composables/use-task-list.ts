import { onScopeDispose, ref, watch, type Ref } from 'vue'
import type { RequestView } from '@/shared/api-types'
import { requestsApi } from '@/features/requests/api'
import { tasksApi, type TaskQuery } from '../api'
import type { WorkTask } from '../types'

/** What a task row shows of its request. */
export type RequestSummary = Pick<RequestView, 'id' | 'number' | 'customerName' | 'deviceModel' | 'status' | 'priority'>

/** Background refresh: new tasks arrive when dispatchers triage requests. */
export const TASKS_REFRESH_MS = 30_000

/**
 * A person's or a department's open tasks with the requests they belong to. Tasks carry only the request id, so
 * each distinct request is fetched once and kept for the page's lifetime.
 */
export function useTaskList(query: Ref<TaskQuery | null>) {
  const tasks = ref<WorkTask[]>([])
  const requests = ref<Record<string, RequestSummary>>({})
  const loading = ref(false)
  const error = ref<unknown>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let generation = 0

  async function summaries(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !(id in requests.value))
    const fetched = await Promise.all(missing.map((id) => requestsApi.get(id).catch(() => null)))
    const next = { ...requests.value }
    for (const r of fetched) {
      if (r) next[r.id] = { id: r.id, number: r.number, customerName: r.customerName, deviceModel: r.deviceModel, status: r.status, priority: r.priority }
    }
    requests.value = next
  }

  async function load(silent = false): Promise<void> {
    const mine = ++generation
    clearTimeout(timer)
    if (!query.value) {
      tasks.value = []
      return
    }
    if (!silent) loading.value = true
    try {
      const list = await tasksApi.list(query.value)
      await summaries(list.map((t) => t.requestId))
      if (mine !== generation) return
      tasks.value = list
      error.value = null
    } catch (e) {
      if (mine === generation && !silent) error.value = e
    } finally {
      if (mine === generation) {
        loading.value = false
        timer = setTimeout(() => void load(true), TASKS_REFRESH_MS)
      }
    }
  }

  /** After an action: the request's status may have moved on too. */
  async function refreshRequest(requestId: string): Promise<void> {
    const { [requestId]: _old, ...rest } = requests.value
    requests.value = rest
    await load(true)
  }

  watch(query, () => void load(), { immediate: true, deep: true })
  onScopeDispose(() => {
    generation++
    clearTimeout(timer)
  })

  return { tasks, requests, loading, error, reload: load, refreshRequest }
}
