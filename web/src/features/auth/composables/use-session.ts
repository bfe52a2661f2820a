import { computed, readonly, ref } from 'vue'
import type { CurrentUser } from '@/shared/api-types'
import { ApiError, ensureCsrf } from '@/shared/http'
import { hasChosenLocale, isLocale, setLocale } from '@/shared/i18n'
import { authApi } from '../api'

// Module state: the signed-in user is needed by the router guard and the header, nothing else.
const user = ref<CurrentUser | null>(null)
let loaded: Promise<CurrentUser | null> | null = null

function adopt(next: CurrentUser | null): CurrentUser | null {
  user.value = next
  // Until the user picks a language with the switch, follow the profile's locale.
  if (next && !hasChosenLocale() && isLocale(next.locale)) setLocale(next.locale, false)
  return next
}

export function useSession() {
  /** Resolves the current session once per page load (GET /me); later calls reuse the answer. */
  function load(): Promise<CurrentUser | null> {
    loaded ??= authApi.me().then(adopt, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) return adopt(null)
      loaded = null
      throw error
    })
    return loaded
  }

  async function login(username: string, password: string): Promise<CurrentUser> {
    await ensureCsrf()
    const signedIn = await authApi.login(username, password)
    loaded = Promise.resolve(adopt(signedIn))
    return signedIn
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      forget()
    }
  }

  /** Drops the local session (after logout, or when the server answered 401). */
  function forget(): void {
    adopt(null)
    loaded = Promise.resolve(null)
  }

  return {
    user: readonly(user),
    isAuthenticated: computed(() => user.value !== null),
    roles: computed<readonly string[]>(() => user.value?.roles ?? []),
    /** Whether the signed-in user has at least one of these roles. */
    hasAnyRole: (wanted: readonly string[]) => (user.value?.roles ?? []).some((role) => wanted.includes(role)),
    load,
    login,
    logout,
    forget,
  }
}
