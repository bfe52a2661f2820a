import { ref, watch, type Ref } from 'vue'
import { tasksApi } from '../api'

/** Who works in a department, with their open task count (for assignment pickers); empty without one. */
export function useDepartmentStaff(department: Ref<string | undefined | null>) {
  const staff = ref<{ username: string; open: number }[]>([])
  let generation = 0

  watch(
    department,
    async (code) => {
      const mine = ++generation
      if (!code) {
        staff.value = []
        return
      }
      try {
        const load = await tasksApi.load(code)
        if (mine !== generation) return
        staff.value = Object.entries(load)
          .map(([username, open]) => ({ username, open }))
          .sort((a, b) => a.username.localeCompare(b.username))
      } catch {
        // Not every role may read the load; the picker then offers what it has.
        if (mine === generation) staff.value = []
      }
    },
    { immediate: true },
  )

  return { staff }
}
