import { computed, ref } from 'vue'
import { procurementApi, type Supplier } from './api'

// Suppliers by id for the order screens (names for ids); loaded once, reloaded on demand.
const suppliers = ref<Supplier[]>([])

export function useSuppliers() {
  async function load(force = false): Promise<void> {
    if (force || suppliers.value.length === 0) suppliers.value = await procurementApi.suppliers()
  }
  const byId = computed(() => new Map(suppliers.value.map((s) => [s.id, s])))
  function name(id: string | null | undefined): string {
    return (id && byId.value.get(id)?.name) || '—'
  }
  return { suppliers, byId, name, load }
}
