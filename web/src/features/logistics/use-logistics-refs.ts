import { computed, ref } from 'vue'
import { stockApi, type StockItem, type Warehouse } from '@/features/stock/api'
import { logisticsApi, type Carrier } from './api'

// Carriers, warehouses and the catalogue, shared by the logistics screens (names for codes and ids).
const carriers = ref<Carrier[]>([])
const warehouses = ref<Warehouse[]>([])
const items = ref<StockItem[]>([])
let loading: Promise<void> | null = null

export function useLogisticsRefs() {
  async function reload(): Promise<void> {
    loading = Promise.all([logisticsApi.carriers(), stockApi.warehouses(), stockApi.items()]).then(([c, w, i]) => {
      carriers.value = c
      warehouses.value = [...w].sort((a, b) => a.code.localeCompare(b.code, 'ru'))
      items.value = [...i].sort((a, b) => a.name.localeCompare(b.name, 'ru'))
    })
    try {
      await loading
    } finally {
      loading = null
    }
  }
  async function load(): Promise<void> {
    if (loading) return loading
    if (carriers.value.length === 0) await reload()
  }
  const itemById = computed(() => new Map(items.value.map((i) => [i.id, i])))
  function carrierName(code: string | null | undefined): string {
    return carriers.value.find((c) => c.code === code)?.name ?? code ?? '—'
  }
  function warehouseLabel(id: string | null | undefined): string {
    const w = id ? warehouses.value.find((x) => x.id === id) : undefined
    return w ? `${w.code} · ${w.name}` : '—'
  }
  function itemName(id: string): string {
    return itemById.value.get(id)?.name ?? id.slice(0, 8)
  }
  return { carriers, warehouses, items, itemById, carrierName, warehouseLabel, itemName, load, reload }
}
