import { http } from '@/shared/http'
import type { SlaFigures } from './types'

export const slaApi = {
  /** 503 while the streams side is not ready. */
  metrics(days: number): Promise<SlaFigures[]> {
    return http.get<SlaFigures[]>('/api/v1/sla/metrics', { query: { days } })
  },
}
