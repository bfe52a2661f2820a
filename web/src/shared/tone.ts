/** Colour tone of a badge or a clock; the words come from i18n. */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'muted'
