import type { Department } from '@/shared/api-types'
import { http } from '@/shared/http'
import type { WorkTask } from './types'

export interface TaskQuery {
  department?: Department | string
  /** A user name, or `me`. */
  assignee?: string
  /** Only OPEN and IN_PROGRESS (the default). */
  open?: boolean
}

export const tasksApi = {
  /** A department's queue or one person's tasks, soonest due first. */
  list(query: TaskQuery): Promise<WorkTask[]> {
    return http.get<WorkTask[]>('/api/v1/tasks', {
      query: { department: query.department, assignee: query.assignee, open: query.open ?? true },
    })
  },

  ofRequest(requestId: string): Promise<WorkTask[]> {
    return http.get<WorkTask[]>('/api/v1/requests/{id}/tasks', { path: { id: requestId } })
  },

  /** Open tasks per person of a department: who can take a task, and how busy they are. */
  load(department: Department | string): Promise<Record<string, number>> {
    return http.get<Record<string, number>>('/api/v1/tasks/load', { query: { department } })
  },

  start(id: string): Promise<WorkTask> {
    return http.post<WorkTask>('/api/v1/tasks/{id}/start', { path: { id } })
  },

  /** Completes (starting on the way); 409 while the task it depends on is not done. */
  complete(id: string, note?: string | null): Promise<WorkTask> {
    return http.post<WorkTask>('/api/v1/tasks/{id}/complete', { path: { id }, json: { note: note?.trim() || null } })
  },

  assign(id: string, assignee: string | null): Promise<WorkTask> {
    return http.post<WorkTask>('/api/v1/tasks/{id}/assign', { path: { id }, json: { assignee } })
  },
}
