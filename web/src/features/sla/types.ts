/** Outcome of one target over a period (dozor.sla.SlaFigures). */
export interface SlaFigures {
  /** FIRST_RESPONSE, RESOLUTION or LEG:<DEPARTMENT>. */
  target: string
  finished: number
  met: number
  /** 0..1 */
  metShare: number
  meanMillis: number
  p90Millis: number
}

export const FIGURE_PERIODS = [7, 30, 90] as const
export type FigurePeriod = (typeof FIGURE_PERIODS)[number]
