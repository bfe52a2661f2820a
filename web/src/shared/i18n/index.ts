import { createI18n } from 'vue-i18n'
import ru, { type MessageSchema } from './ru'
import en from './en'

export const LOCALES = ['ru', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'dozor.locale'
const DEFAULT_LOCALE: Locale = 'ru'

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    return isLocale(value) ? value : null
  } catch {
    return null
  }
}

/** True once the user picked a language with the switch; until then the server's user locale may apply. */
export function hasChosenLocale(): boolean {
  return storedLocale() !== null
}

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: storedLocale() ?? DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { ru, en },
})

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

/** Switches the UI language; `remember` stores it so the next visit opens in it. */
export function setLocale(locale: Locale, remember = true): void {
  i18n.global.locale.value = locale
  applyToDocument()
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, locale)
    } catch {
      // Private mode or quota: the switch still works for this page.
    }
  }
}

function applyToDocument(): void {
  document.documentElement.lang = currentLocale()
  document.title = i18n.global.t('app.name')
}

applyToDocument()
