import type { RouteRecordRaw } from 'vue-router'

/** The «Логистика» section: a layout with a tab per screen, and the shipment card on its own. */
export function logisticsRoutes(readers: readonly string[]): RouteRecordRaw[] {
  return [
    {
      path: '/logistics',
      component: () => import('./views/logistics-layout.vue'),
      meta: { roles: readers },
      children: [
        { path: '', name: 'logistics-shipments', component: () => import('./views/shipments-view.vue'), meta: { roles: readers } },
        { path: 'plan', name: 'logistics-plan', component: () => import('./views/day-plan-view.vue'), meta: { roles: readers } },
        { path: 'swaps', name: 'logistics-swaps', component: () => import('./views/swaps-view.vue'), meta: { roles: readers } },
        { path: 'figures', name: 'logistics-figures', component: () => import('./views/figures-view.vue'), meta: { roles: readers } },
        { path: 'new', name: 'logistics-new', component: () => import('./views/shipment-form-view.vue'), meta: { roles: readers } },
      ],
    },
    {
      path: '/logistics/shipments/:id',
      name: 'logistics-shipment',
      component: () => import('./views/shipment-card-view.vue'),
      meta: { roles: readers },
    },
  ]
}
