import type { FieldError } from './api-types'
import { ApiError } from './http'

/**
 * The server's per-field messages of a 400, keyed for a form. Spring names a field of a list element as
 * `rules[2].match`, `[2].match` or, after method validation, only by the parameter (`rules`); `rowKey` turns them
 * into `2.match` so a table row can find its own. A message without a usable field lands under `''`.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const result: Record<string, string> = {}
  for (const item of error.problem.errors ?? ([] as FieldError[])) {
    const key = item.field ? rowKey(item.field) : ''
    if (!(key in result)) result[key] = item.message
  }
  return result
}

/** `rules[2].match` → `2.match`; `[0].plan[1].kind` → `0.plan.1.kind`; `email` stays `email`. */
export function rowKey(field: string): string {
  return field
    .replace(/^[A-Za-z_$][\w$]*(?=\[)/, '')
    .replace(/\[(\d+)]/g, '.$1')
    .replace(/^\./, '')
}

/** Messages that no field on the form shows (so the form can list them above the save button). */
export function unplacedErrors(errors: Record<string, string>, shown: (key: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([key]) => !shown(key))
    .map(([, message]) => message)
}
