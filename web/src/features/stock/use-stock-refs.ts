import { computed, ref } from 'vue'
import { stockApi, type StockItem, type Warehouse } from './api'

// Warehouses and the catalogue, shared by the stock screens (names for ids); reloaded on demand.
const warehouses = ref<Warehouse[]>([])
const items = ref<StockItem[]>([])
let loading: Promise<void> | null = null

export function useStockRefs() {
  async function reload(): Promise<void> {
    loading = Promise.all([stockApi.warehouses(), stockApi.items()]).then(([w, i]) => {
      warehouses.value = [...w].sort((a, b) => a.code.localeCompare(b.code, 'ru'))
      items.value = i
    })
    try {
      await loading
    } finally {
      loading = null
    }
  }
  async function load(): Promise<void> {
    if (loading) return loading
    if (warehouses.value.length === 0 && items.value.length === 0) await reload()
  }
  const warehouseById = computed(() => new Map(warehouses.value.map((w) => [w.id, w])))
  const itemById = computed(() => new Map(items.value.map((i) => [i.id, i])))
  function warehouseLabel(id: string | null | undefined): string {
    const w = id ? warehouseById.value.get(id) : undefined
    return w ? `${w.code} · ${w.name}` : '—'
  }
  return { warehouses, items, warehouseById, itemById, warehouseLabel, load, reload }
}
