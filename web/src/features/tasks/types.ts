import type { Department } from '@/shared/api-types'

export const TASK_KINDS = [
  'DIAGNOSE',
  'REPAIR',
  'INSTALL',
  'CONSULT',
  'RESERVE_PARTS',
  'ISSUE_PARTS',
  'PURCHASE_PARTS',
  'PICKUP',
  'SHIP',
  'INVOICE',
] as const
export type TaskKind = (typeof TASK_KINDS)[number]

export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED'

/** A department's task for a request (dozor.work.WorkTaskView). */
export interface WorkTask {
  id: string
  requestId: string
  kind: TaskKind | string
  department: Department | string
  assignee: string | null
  status: TaskStatus | string
  /** The task that must be done (or cancelled) first. */
  dependsOn: string | null
  plannedDueAt: string | null
  createdAt: string
  startedAt: string | null
  doneAt: string | null
  note: string | null
  version: number
}

export function isOpen(task: WorkTask): boolean {
  return task.status === 'OPEN' || task.status === 'IN_PROGRESS'
}
