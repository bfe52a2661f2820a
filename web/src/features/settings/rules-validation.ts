import type { PriorityRule, RoutingRule } from './types'

type Translate = (key: string, values?: Record<string, unknown>) => string

/** Row-keyed messages (`<i>.match`, `<i>.description`) for the priority rules table. */
export function validatePriorityRules(rules: PriorityRule[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  rules.forEach((rule, i) => {
    if (rule.match.trim() === '') errors[`${i}.match`] = t('settings.errors.required')
    else if (rule.kind === 'KEYWORD') {
      try {
        new RegExp(rule.match, 'i')
      } catch {
        errors[`${i}.match`] = t('settings.errors.regex')
      }
    }
    if (rule.description.trim() === '') errors[`${i}.description`] = t('settings.errors.required')
  })
  return errors
}

/** Row-keyed messages (`<i>.description`, `<i>.plan`, `<i>.position`) for the routing rules. */
export function validateRoutingRules(rules: RoutingRule[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  rules.forEach((rule, i) => {
    if (rule.description.trim() === '') errors[`${i}.description`] = t('settings.errors.required')
    if (!Number.isInteger(Number(rule.position))) errors[`${i}.position`] = t('settings.errors.integer')
    if (rule.plan.length === 0) errors[`${i}.plan`] = t('settings.errors.planEmpty')
    else {
      const kinds = rule.plan.map((step) => step.kind)
      rule.plan.forEach((step, j) => {
        if (step.after && (!kinds.slice(0, j).includes(step.after) || step.after === step.kind)) {
          errors[`${i}.plan.${j}.after`] = t('settings.errors.afterEarlier')
        }
      })
    }
  })
  return errors
}
