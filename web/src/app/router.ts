import { createRouter, createWebHistory, type Router, type RouteRecordRaw } from 'vue-router'
import { useSession } from '@/features/auth/composables/use-session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (only the login page). */
    public?: boolean
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
    const session = useSession()
    // Server unreachable: the login page is where that shows up sensibly (its submit reports it).
    const user = await session.load().catch(() => null)
    if (to.meta.public) return user && to.name === 'login' ? { name: 'requests' } : true
    if (!user) return { name: 'login', query: to.fullPath !== '/' && to.fullPath !== '/requests' ? { redirect: to.fullPath } : {} }
    return true
  })

  return router
}
