import type { RouteRecordRaw } from 'vue-router'

/** The «Закупки» section: one layout with a tab per list; cards of a request, an order and a supplier. */
export function procurementRoutes(readers: readonly string[]): RouteRecordRaw[] {
  const meta = { roles: readers }
  return [
    {
      path: '/procurement',
      component: () => import('./views/procurement-layout.vue'),
      meta,
      children: [
        { path: '', name: 'proc-plan', component: () => import('./views/plan-view.vue'), meta },
        { path: 'demand', name: 'proc-demand', component: () => import('./views/demand-view.vue'), meta },
        { path: 'requests', name: 'proc-requests', component: () => import('./views/requests-view.vue'), meta },
        { path: 'orders', name: 'proc-orders', component: () => import('./views/orders-view.vue'), meta },
        { path: 'suppliers', name: 'proc-suppliers', component: () => import('./views/suppliers-view.vue'), meta },
      ],
    },
    { path: '/procurement/requests/:id', name: 'proc-request', component: () => import('./views/request-card-view.vue'), meta },
    { path: '/procurement/orders/:id', name: 'proc-order', component: () => import('./views/order-card-view.vue'), meta },
    { path: '/procurement/suppliers/:id', name: 'proc-supplier', component: () => import('./views/supplier-card-view.vue'), meta },
  ]
}
