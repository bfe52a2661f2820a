import type { CurrentUser } from '@/shared/api-types'
import { http } from '@/shared/http'

export const authApi = {
  /** Form login (Spring Security); 401 with a problem body on bad credentials. */
  login(username: string, password: string): Promise<CurrentUser> {
    return http.post<CurrentUser>('/api/v1/auth/login', {
      form: { username, password },
      expectUnauthorized: true,
    })
  },

  logout(): Promise<void> {
    return http.post<void>('/api/v1/auth/logout', { expectUnauthorized: true })
  },

  /** The signed-in user, or ApiError 401 when there is no session. */
  me(): Promise<CurrentUser> {
    return http.get<CurrentUser>('/api/v1/me', { expectUnauthorized: true })
  },
}
