import { ref, watch, type Ref } from 'vue'
import { tasksApi } from '../api'

export type StaffLoad = { username: string; open: number }[]

/** Who may take each department's tasks, with their open task count; loaded only when `enabled`. */
export function useStaffByDepartment(departments: Ref<readonly string[]>, enabled: Ref<boolean>) {
  const staff = ref<Record<string, StaffLoad>>({})

  watch(
    [departments, enabled],
    async ([codes, on]) => {
      if (!on) return
      for (const code of new Set(codes)) {
        if (code in staff.value) continue
        try {
          const load = await tasksApi.load(code)
          staff.value = {
            ...staff.value,
            [code]: Object.entries(load)
              .map(([username, open]) => ({ username, open }))
              .sort((a, b) => a.username.localeCompare(b.username)),
          }
        } catch {
          staff.value = { ...staff.value, [code]: [] }
        }
      }
    },
    { immediate: true },
  )

  return { staff }
}
