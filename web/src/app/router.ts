import { createRouter, createWebHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/features/auth/composables/use-session'
import { REQUEST_READERS, SETTINGS_EDITORS, SLA_FIGURE_READERS, STOCK_READERS } from '@/features/auth/roles'
import { stockRoutes } from '@/features/stock/routes'
import { logisticsRoutes } from '@/features/logistics/routes'
import { procurementRoutes } from '@/features/procurement/routes'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session, shown without the staff header (login, the customer's survey). */
    public?: boolean
    /** Does not care about a session at all: no redirect for a signed-in user, no session lookup. */
    anonymous?: boolean
    /** Only these roles may open it; others go to the requests page. */
    roles?: readonly string[]
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: { name: 'requests' } },
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/views/login-view.vue'),
    meta: { public: true },
  },
  {
    path: '/requests',
    name: 'requests',
    component: () => import('@/features/requests/views/request-list-view.vue'),
  },
  {
    path: '/requests/new',
    name: 'request-new',
    component: () => import('@/features/requests/views/request-create-view.vue'),
  },
  {
    path: '/requests/:id',
    name: 'request-card',
    component: () => import('@/features/requests/views/request-card-view.vue'),
  },
  {
    path: '/tasks',
    name: 'my-tasks',
    component: () => import('@/features/tasks/views/my-tasks-view.vue'),
  },
  {
    path: '/tasks/department',
    name: 'department-tasks',
    component: () => import('@/features/tasks/views/department-queue-view.vue'),
  },
  {
    path: '/figures',
    name: 'figures',
    component: () => import('@/features/figures/views/figures-view.vue'),
    meta: { roles: SLA_FIGURE_READERS },
  },
  {
    path: '/settings',
    component: () => import('@/features/settings/views/settings-layout.vue'),
    children: [
      { path: '', name: 'settings', redirect: { name: 'settings-sla' } },
      {
        path: 'sla',
        name: 'settings-sla',
        component: () => import('@/features/settings/views/sla-policy-view.vue'),
        meta: { roles: SETTINGS_EDITORS },
      },
      {
        path: 'calendars',
        name: 'settings-calendars',
        component: () => import('@/features/settings/views/calendars-view.vue'),
        meta: { roles: SETTINGS_EDITORS },
      },
      {
        path: 'routing',
        name: 'settings-routing',
        component: () => import('@/features/settings/views/routing-rules-view.vue'),
        meta: { roles: SETTINGS_EDITORS },
      },
      {
        path: 'priority',
        name: 'settings-priority',
        component: () => import('@/features/settings/views/priority-rules-view.vue'),
        meta: { roles: SETTINGS_EDITORS },
      },
      {
        // Every staff role reads the rates; accountants and the admin enter them (the page shows its form to them).
        path: 'exchange-rates',
        name: 'settings-rates',
        component: () => import('@/features/finance/views/exchange-rates-view.vue'),
        meta: { roles: REQUEST_READERS },
      },
      {
        // Every role: each user chooses their own channels.
        path: 'notifications',
        name: 'settings-notifications',
        component: () => import('@/features/notifications/views/notification-preferences-view.vue'),
      },
    ],
  },
  ...stockRoutes(STOCK_READERS),
  ...logisticsRoutes(REQUEST_READERS),
  ...procurementRoutes(STOCK_READERS),
  {
    // The customer's one-time survey link: no login, the token is the credential.
    path: '/survey/:token',
    name: 'public-survey',
    component: () => import('@/features/survey/views/public-survey-view.vue'),
    meta: { public: true, anonymous: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./not-found-view.vue'),
  },
]

export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    if (to.meta.anonymous) return true
    const session = useSession()
    // Server unreachable: the login page is where that shows up sensibly (its submit reports it).
    const user = await session.load().catch(() => null)
    if (to.meta.public) return user && to.name === 'login' ? { name: 'requests' } : true
    if (!user) return { name: 'login', query: to.fullPath !== '/' && to.fullPath !== '/requests' ? { redirect: to.fullPath } : {} }
    const roles = to.meta.roles
    if (roles && !session.hasAnyRole(roles)) {
      // An editor-only settings page sends the others to the one they have: their notifications.
      return to.path.startsWith('/settings') ? { name: 'settings-notifications' } : { name: 'requests' }
    }
    return true
  })

  return router
}
