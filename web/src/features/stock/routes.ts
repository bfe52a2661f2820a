import type { RouteRecordRaw } from 'vue-router'
import { RECONCILERS } from './live'

/**
 * The «Склад» section: one layout with a tab per list; new stock screens (live stock, logistics, procurement)
 * add a child here and a tab in stock-layout.vue.
 */
export function stockRoutes(readers: readonly string[]): RouteRecordRaw[] {
  return [
    {
      path: '/stock',
      component: () => import('./views/stock-layout.vue'),
      meta: { roles: readers },
      children: [
        { path: '', name: 'stock-balances', component: () => import('./views/balances-view.vue'), meta: { roles: readers } },
        { path: 'warehouses', name: 'stock-warehouses', component: () => import('./views/warehouses-view.vue'), meta: { roles: readers } },
        { path: 'transfers', name: 'stock-transfers', component: () => import('./views/transfers-view.vue'), meta: { roles: readers } },
        { path: 'reservations', name: 'stock-reservations', component: () => import('./views/reservations-view.vue'), meta: { roles: readers } },
        { path: 'demands', name: 'stock-demands', component: () => import('./views/demands-view.vue'), meta: { roles: readers } },
        { path: 'counts', name: 'stock-counts', component: () => import('./views/counts-view.vue'), meta: { roles: readers } },
        { path: 'counts/:id', name: 'stock-count', component: () => import('./views/count-sheet-view.vue'), meta: { roles: readers } },
        { path: 'live', name: 'stock-live', component: () => import('./views/live-view.vue'), meta: { roles: readers } },
        { path: 'reconciliation', name: 'stock-reconciliation', component: () => import('./views/reconciliation-view.vue'), meta: { roles: RECONCILERS } },
      ],
    },
    {
      path: '/stock/items/:id',
      name: 'stock-item',
      component: () => import('./views/item-card-view.vue'),
      meta: { roles: readers },
    },
  ]
}
