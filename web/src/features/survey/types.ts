/** A request's survey as staff see it (dozor.survey.SurveyView). */
export interface SurveyView {
  requestId: string
  offeredAt: string
  expiresAt: string
  answeredAt: string | null
  csat: number | null
  nps: number | null
  comment: string | null
}

/** What the public page may show: nothing personal. */
export interface PublicSurvey {
  requestNumber: string
  deviceModel: string
}

export interface SurveyAnswer {
  /** 1..5 */
  csat: number
  /** 0..10 */
  nps: number
  comment: string | null
}
