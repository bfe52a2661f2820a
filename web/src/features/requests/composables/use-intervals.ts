import { computed, ref, watch, type Ref } from 'vue'
import { statusKey } from '@/features/activity/describe-entry'
import { requestsApi } from '../api'
import type { StatusInterval } from '../types'

/** The time a request spent in each status, and the reasons given for entering them (for the timeline). */
export function useIntervals(requestId: Ref<string>, refreshKey: Ref<unknown>) {
  const intervals = ref<StatusInterval[]>([])

  watch(
    [requestId, refreshKey],
    async () => {
      intervals.value = await requestsApi.intervals(requestId.value).catch(() => intervals.value)
    },
    { immediate: true },
  )

  const reasons = computed(() => {
    const map: Record<string, string> = {}
    for (const i of intervals.value) if (i.reason) map[statusKey(String(i.status), i.enteredAt)] = i.reason
    return map
  })

  return { intervals, reasons }
}
