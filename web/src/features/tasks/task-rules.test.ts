import { describe, expect, it } from 'vitest'
import { sortTasks, taskPermissions } from './task-rules'
import type { WorkTask } from './types'

const task = (over: Partial<WorkTask>): WorkTask => ({
  id: 't1',
  requestId: 'r1',
  kind: 'DIAGNOSE',
  department: 'ENGINEERING',
  assignee: 'ivan',
  status: 'OPEN',
  dependsOn: null,
  plannedDueAt: '2026-11-26T10:00:00Z',
  createdAt: '2026-11-25T10:00:00Z',
  startedAt: null,
  doneAt: null,
  note: null,
  version: 0,
  ...over,
})

describe('task permissions', () => {
  it('lets the assigned engineer start and complete, but not assign', () => {
    expect(taskPermissions(task({}), { username: 'ivan', roles: ['ENGINEER'] })).toEqual({
      canStart: true,
      canComplete: true,
      canAssign: false,
      blockedBy: null,
    })
  })

  it('keeps another engineer and other departments out of an assigned task', () => {
    expect(taskPermissions(task({}), { username: 'oleg', roles: ['ENGINEER'] }).canComplete).toBe(false)
    expect(taskPermissions(task({ assignee: null }), { username: 'oleg', roles: ['ENGINEER'] }).canComplete).toBe(true)
    expect(taskPermissions(task({}), { username: 'petr', roles: ['WAREHOUSE'] }).canStart).toBe(false)
  })

  it('lets coordinators do everything with an open task', () => {
    const p = taskPermissions(task({ status: 'IN_PROGRESS' }), { username: 'olga', roles: ['DISPATCHER'] })
    expect(p).toMatchObject({ canStart: false, canComplete: true, canAssign: true })
    expect(taskPermissions(task({ status: 'DONE' }), { username: 'olga', roles: ['DISPATCHER'] }).canAssign).toBe(false)
  })

  it('blocks a task until the one it depends on is done', () => {
    const first = task({ id: 'a' })
    const second = task({ id: 'b', dependsOn: 'a', kind: 'REPAIR' })
    const me = { username: 'ivan', roles: ['ENGINEER'] }
    expect(taskPermissions(second, me, [first, second])).toMatchObject({ canStart: false, canComplete: false, blockedBy: first })
    expect(taskPermissions(second, me, [{ ...first, status: 'DONE' }, second]).canComplete).toBe(true)
  })

  it('lists open tasks first, soonest due first', () => {
    const done = task({ id: 'd', status: 'DONE' })
    const later = task({ id: 'l', plannedDueAt: '2026-11-27T10:00:00Z' })
    const sooner = task({ id: 's', plannedDueAt: '2026-11-26T08:00:00Z' })
    expect(sortTasks([done, later, sooner]).map((t) => t.id)).toEqual(['s', 'l', 'd'])
  })

  it('lists a task waiting on another after the ones that can be done now', () => {
    const first = task({ id: 'a', plannedDueAt: '2026-11-27T10:00:00Z' })
    const waiting = task({ id: 'b', dependsOn: 'a', plannedDueAt: '2026-11-26T08:00:00Z' })
    expect(sortTasks([waiting, first]).map((t) => t.id)).toEqual(['a', 'b'])
    expect(sortTasks([waiting, { ...first, status: 'DONE' }]).map((t) => t.id)).toEqual(['b', 'a'])
  })
})
