import { ApiError, NetworkError } from './http'

type Translate = (key: string) => string

/** A sentence for the user: the server's localized detail when it has one, else a generic one. */
export function errorMessage(error: unknown, t: Translate, fallbackKey: string): string {
  if (error instanceof NetworkError) return t('errors.network')
  if (error instanceof ApiError) {
    if (error.status === 403) return t('errors.forbidden')
    if (error.status >= 500) return t('errors.server')
    return error.problem.detail || t(fallbackKey)
  }
  return t(fallbackKey)
}
