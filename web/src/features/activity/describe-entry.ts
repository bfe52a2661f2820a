import type { TimelineEntry } from './types'

type Translate = (key: string, values?: Record<string, unknown>) => string
type Has = (key: string) => boolean

export interface DescribedEntry {
  kind: 'status' | 'priority' | 'registered' | 'duplicate' | 'comment' | 'document' | 'link' | 'change'
  text: string
  /** A second line: the reason of a change, a priority's explanation. */
  detail: string | null
}

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/**
 * One timeline line in words. The server words registrations, comments, documents and links; changes of the
 * request itself are worded here from their before/after states. `reasons` maps a status change (by the
 * status entered and when) to the reason given for it.
 */
export function describeEntry(entry: TimelineEntry, t: Translate, te: Has, reasons: Record<string, string> = {}): DescribedEntry {
  const label = (prefix: string, code: string | null) => (code ? (te(`${prefix}.${code}`) ? t(`${prefix}.${code}`) : code) : '—')
  const before = entry.before ?? {}
  const after = entry.after ?? {}
  switch (entry.type) {
    case 'COMMENT':
      return { kind: 'comment', text: entry.summary, detail: null }
    case 'DOCUMENT_ATTACHED':
    case 'DOCUMENT_DELETED':
      return { kind: 'document', text: entry.summary, detail: null }
    case 'LINK_ADDED':
      return { kind: 'link', text: entry.summary, detail: null }
  }
  switch (entry.action) {
    case 'REGISTERED':
      return { kind: 'registered', text: entry.summary, detail: str(after.priorityReason) }
    case 'STATUS_CHANGED': {
      const to = str(after.status)
      const key = statusKey(to, str(after.statusChangedAt))
      return {
        kind: 'status',
        text: t('timeline.statusChanged', { from: label('status', str(before.status)), to: label('status', to) }),
        detail: reasons[key] ?? null,
      }
    }
    case 'PRIORITY_CHANGED':
      return {
        kind: 'priority',
        text: t('timeline.priorityChanged', { from: str(before.priority) ?? '—', to: str(after.priority) ?? '—' }),
        detail: str(after.priorityReason),
      }
    case 'MERGED':
      return { kind: 'duplicate', text: t('timeline.merged'), detail: null }
    case 'DUPLICATE_DISMISSED':
      return { kind: 'duplicate', text: t('timeline.duplicateDismissed'), detail: null }
    case 'DUPLICATE_MERGED_IN':
      return { kind: 'duplicate', text: t('timeline.duplicateMergedIn', { number: str(after.duplicate) ?? '' }), detail: null }
    default:
      return { kind: 'change', text: entry.summary || entry.action || '', detail: null }
  }
}

/** Matches a status change to its interval: the status entered and the instant (to the second). */
export function statusKey(status: string | null, at: string | null): string {
  const ms = at ? Date.parse(at) : NaN
  return `${status ?? ''}@${Number.isNaN(ms) ? '' : Math.floor(ms / 1000)}`
}
