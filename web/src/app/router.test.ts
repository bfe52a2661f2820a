import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CurrentUser } from '@/shared/api-types'

const admin: CurrentUser = { username: 'admin', displayName: 'Администратор', roles: ['ADMIN'], locale: 'ru' }

// The session is module state; each test starts from a fresh module graph.
async function loadRouter(me: (http: typeof import('@/shared/http')) => Promise<CurrentUser>) {
  vi.resetModules()
  const http = await import('@/shared/http')
  const { authApi } = await import('@/features/auth/api')
  vi.spyOn(authApi, 'me').mockImplementation(() => me(http))
  const { createAppRouter } = await import('./router')
  return createAppRouter()
}

describe('router guard', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'))
  afterEach(() => vi.restoreAllMocks())

  it('sends a visitor without a session to the login page, remembering where they were going', async () => {
    const router = await loadRouter(({ ApiError }) => Promise.reject(new ApiError(401, { status: 401 })))

    await router.push('/requests/abc')

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/requests/abc')
  })

  it('shows the login page when the server cannot be reached', async () => {
    const router = await loadRouter(({ NetworkError }) => Promise.reject(new NetworkError(new TypeError('offline'))))

    await router.push('/requests')

    expect(router.currentRoute.value.name).toBe('login')
  })

  it('opens the request list by default once signed in', async () => {
    const router = await loadRouter(() => Promise.resolve(admin))

    await router.push('/')
    expect(router.currentRoute.value.name).toBe('requests')

    await router.push('/login')
    expect(router.currentRoute.value.name).toBe('requests')
  })

  it('keeps the figures and the rule settings to the roles that may use them', async () => {
    const engineer: CurrentUser = { ...admin, username: 'engineer', roles: ['ENGINEER'] }
    const router = await loadRouter(() => Promise.resolve(engineer))

    await router.push('/figures')
    expect(router.currentRoute.value.name).toBe('requests')

    await router.push('/settings/sla')
    expect(router.currentRoute.value.name).toBe('settings-notifications')

    await router.push('/settings/exchange-rates')
    expect(router.currentRoute.value.name, 'every staff role reads the exchange rates').toBe('settings-rates')
  })

  it('keeps the exchange rates from the analyst, who has no staff role', async () => {
    const analyst: CurrentUser = { ...admin, username: 'analyst', roles: ['ANALYST'] }
    const router = await loadRouter(() => Promise.resolve(analyst))

    await router.push('/settings/exchange-rates')
    expect(router.currentRoute.value.name).toBe('settings-notifications')
  })

  it('lets an administrator into every settings page', async () => {
    const router = await loadRouter(() => Promise.resolve(admin))

    await router.push('/settings')
    expect(router.currentRoute.value.name).toBe('settings-sla')

    await router.push('/settings/calendars')
    expect(router.currentRoute.value.name).toBe('settings-calendars')

    await router.push('/figures')
    expect(router.currentRoute.value.name).toBe('figures')
  })
})
