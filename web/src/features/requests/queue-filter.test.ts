import { describe, expect, it } from 'vitest'
import { filterFromQuery, filterToQuery, isFiltered, normaliseFilter, pageFromQuery } from './queue-filter'

describe('queue filter in the URL', () => {
  it('reads repeated parameters as lists and drops what the server would refuse', () => {
    expect(
      filterFromQuery({
        q: 'Вектор',
        status: ['NEW', 'TRIAGED', 'drop table'],
        priority: 'P1',
        department: 'ENGINEERING',
        assignee: 'me',
        from: '2026-11-01',
        to: 'yesterday',
        duplicates: 'true',
        sort: 'SLA_DUE',
      }),
    ).toEqual({
      q: 'Вектор',
      status: ['NEW', 'TRIAGED'],
      priority: ['P1'],
      department: 'ENGINEERING',
      assignee: 'me',
      from: '2026-11-01',
      duplicates: true,
      sort: 'SLA_DUE',
    })
  })

  it('writes a filter back the same way, one-based page, nothing for defaults', () => {
    const filter = { q: ' архив ', status: ['NEW'], sort: 'NEWEST' as const, duplicates: false }
    expect(filterToQuery(filter)).toEqual({ q: 'архив', status: ['NEW'] })
    expect(filterToQuery({ slaState: ['BREACHED'] }, 2)).toEqual({ slaState: ['BREACHED'], page: '3' })
    expect(filterFromQuery(filterToQuery({ priority: ['P1', 'P2'], from: '2026-01-01' }) as never)).toEqual({
      priority: ['P1', 'P2'],
      from: '2026-01-01',
    })
  })

  it('reads the page one-based and falls back to the first', () => {
    expect(pageFromQuery({ page: '3' })).toBe(2)
    expect(pageFromQuery({ page: 'x' })).toBe(0)
    expect(pageFromQuery({})).toBe(0)
  })

  it('tells a narrowing filter from a mere sort order', () => {
    expect(isFiltered({ sort: 'PRIORITY' })).toBe(false)
    expect(isFiltered({ status: [] })).toBe(false)
    expect(isFiltered({ duplicates: true })).toBe(true)
  })

  it('cleans a saved filter from the server', () => {
    expect(normaliseFilter({ status: ['NEW'], duplicates: true, junk: { a: 1 } })).toEqual({ status: ['NEW'], duplicates: true })
    expect(normaliseFilter(null)).toEqual({})
  })
})
