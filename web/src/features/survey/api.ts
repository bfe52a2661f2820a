import { http } from '@/shared/http'
import type { PublicSurvey, SurveyAnswer, SurveyView } from './types'

export const surveyApi = {
  /** The request's survey, or null when none was offered yet (204). */
  async ofRequest(requestId: string): Promise<SurveyView | null> {
    const survey = await http.get<SurveyView | undefined>('/api/v1/requests/{id}/survey', { path: { id: requestId } })
    return survey ?? null
  },

  /** A fresh one-time link (the previous one stops working); 410 once answered. */
  async issueLink(requestId: string): Promise<string> {
    const answer = await http.post<{ url: string }>('/api/v1/requests/{id}/survey/link', { path: { id: requestId } })
    return answer.url
  },
}

/** The customer's side: no login, the token in the link is the credential. */
export const publicSurveyApi = {
  /** 404 for an unknown link, 410 when answered or expired. */
  open(token: string): Promise<PublicSurvey> {
    return http.get<PublicSurvey>('/api/public/v1/surveys/{token}', { path: { token }, expectUnauthorized: true })
  },

  answer(token: string, answer: SurveyAnswer): Promise<{ answeredAt: string }> {
    return http.post<{ answeredAt: string }>('/api/public/v1/surveys/{token}', {
      path: { token },
      json: answer,
      expectUnauthorized: true,
    })
  },
}
