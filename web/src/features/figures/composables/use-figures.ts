import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import { slaApi } from '@/features/sla/api'
import type { SlaFigures } from '@/features/sla/types'
import { figuresApi } from '../api'
import type { DuplicateRate, SurveyStats } from '../types'

export const REFRESH_MS = 30_000

/** One source of figures: its last answer, and whether the last attempt failed (the old answer stays shown). */
export interface Source<T> {
  data: Ref<T | null>
  failed: Ref<boolean>
}

function source<T>(): Source<T> {
  return { data: ref(null) as Ref<T | null>, failed: ref(false) }
}

async function load<T>(into: Source<T>, call: () => Promise<T>): Promise<void> {
  try {
    into.data.value = await call()
    into.failed.value = false
  } catch {
    into.failed.value = true
  }
}

/**
 * The executives' figures for a period, re-read every 30 s while the page is open. The three sources answer
 * independently: the SLA figures come from the streams side and may be briefly unavailable (503).
 */
export function useFigures(days: Ref<number>) {
  const sla = source<SlaFigures[]>()
  const duplicates = source<DuplicateRate>()
  const surveys = source<SurveyStats>()
  const loading = ref(false)
  const updatedAt = ref<Date | null>(null)
  let timer: ReturnType<typeof setInterval> | null = null

  async function refresh(): Promise<void> {
    const period = days.value
    loading.value = true
    await Promise.all([
      load(sla, () => slaApi.metrics(period)),
      load(duplicates, () => figuresApi.duplicates(period)),
      load(surveys, () => figuresApi.surveys(period)),
    ])
    loading.value = false
    updatedAt.value = new Date()
  }

  watch(days, () => void refresh())
  onMounted(() => {
    void refresh()
    timer = setInterval(() => void refresh(), REFRESH_MS)
  })
  onBeforeUnmount(() => {
    if (timer) clearInterval(timer)
  })

  return { sla, duplicates, surveys, loading, updatedAt, refresh }
}
