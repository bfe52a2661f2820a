import { http } from '@/shared/http'
import type { DuplicateRate, SurveyStats } from './types'

export const figuresApi = {
  duplicates(days: number): Promise<DuplicateRate> {
    return http.get<DuplicateRate>('/api/v1/requests/duplicate-stats', { query: { days } })
  },

  surveys(days: number): Promise<SurveyStats> {
    return http.get<SurveyStats>('/api/v1/surveys/stats', { query: { days } })
  },
}
