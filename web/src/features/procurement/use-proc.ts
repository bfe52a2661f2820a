import { useI18n } from 'vue-i18n'
import { formatQty, pluralRu } from './format'

export type CountNoun = 'day' | 'week' | 'month' | 'line' | 'request' | 'order' | 'supplier' | 'need'

/** The noun of a count in the current language: "3 позиции", "5 дней", "1 day". */
export function useCount() {
  const { t, locale } = useI18n()
  function noun(n: number, unit: CountNoun): string {
    const [one, few, many] = [0, 1, 2].map((i) => t(`proc.units.${unit}.${i}`))
    if (locale.value === 'ru') return pluralRu(n, one!, few!, many!)
    return n === 1 ? one! : many!
  }
  function count(n: number, unit: CountNoun): string {
    return `${formatQty(n)}\u00a0${noun(n, unit)}`
  }
  return { noun, count }
}
