/** GET /api/v1/requests/duplicate-stats (dozor.requests.DuplicateRate). */
export interface DuplicateRate {
  days: number
  registered: number
  flagged: number
  merged: number
  dismissed: number
  pending: number
  /** merged / registered, percent */
  percent: number
}

/** GET /api/v1/surveys/stats: customer satisfaction over a period. */
export interface SurveyStats {
  days: number
  sent: number
  answered: number
  /** answered / sent, percent */
  responseRate: number
  /** 1..5, null while nothing was answered */
  csatAverage: number | null
  /** percent of answers of 4 or 5, null while nothing was answered */
  csatPercent: number | null
  /** -100..100, null while nothing was answered */
  nps: number | null
  promoters: number
  passives: number
  detractors: number
}

/** Goals from the brief, shown next to the figures. */
export const GOALS = {
  withinSlaPercent: 95,
  duplicatesBelowPercent: 2,
  satisfaction: 70,
} as const
