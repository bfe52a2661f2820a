import { DEPARTMENT_ROLE, type Department } from '@/shared/api-types'
import { COORDINATORS, hasAnyRole } from '@/features/auth/roles'
import { isOpen, type WorkTask } from './types'

export interface Actor {
  username: string
  roles: readonly string[]
}

export interface TaskPermissions {
  canStart: boolean
  canComplete: boolean
  canAssign: boolean
  /** The task that must be done first, while it is not. */
  blockedBy: WorkTask | null
}

/**
 * What the user may do with a task, as the server decides it (dozor.work.WorkManagement): coordinators act on
 * any task; department staff on their department's tasks that are theirs or nobody's. A department head may
 * do more, which the server allows even where these buttons are hidden.
 */
export function taskPermissions(task: WorkTask, actor: Actor, siblings: readonly WorkTask[] = []): TaskPermissions {
  const coordinator = hasAnyRole(actor.roles, COORDINATORS)
  const staffRole = DEPARTMENT_ROLE[task.department as Department]
  const staffOfDepartment = staffRole !== undefined && actor.roles.includes(staffRole)
  const mine = task.assignee === null || task.assignee === actor.username
  const mayAct = coordinator || (staffOfDepartment && mine)
  const before = task.dependsOn ? siblings.find((t) => t.id === task.dependsOn) ?? null : null
  const blockedBy = before && before.status !== 'DONE' && before.status !== 'CANCELLED' ? before : null
  return {
    canStart: mayAct && task.status === 'OPEN' && !blockedBy,
    canComplete: mayAct && isOpen(task) && !blockedBy,
    canAssign: coordinator && isOpen(task),
    blockedBy,
  }
}

/**
 * Open tasks first: those that can be done now before those waiting on another task, soonest due first within
 * each; then finished ones in creation order.
 */
export function sortTasks(tasks: readonly WorkTask[]): WorkTask[] {
  const due = (t: WorkTask) => (t.plannedDueAt ? Date.parse(t.plannedDueAt) : Number.MAX_SAFE_INTEGER)
  const openIds = new Set(tasks.filter(isOpen).map((t) => t.id))
  const rank = (t: WorkTask) => (!isOpen(t) ? 2 : t.dependsOn && openIds.has(t.dependsOn) ? 1 : 0)
  return [...tasks].sort((a, b) => {
    if (rank(a) !== rank(b)) return rank(a) - rank(b)
    return isOpen(a) ? due(a) - due(b) : Date.parse(a.createdAt) - Date.parse(b.createdAt)
  })
}
