import { describe, expect, it } from 'vitest'
import { validatePriorityRules, validateRoutingRules } from './rules-validation'
import type { PriorityRule, RoutingRule } from './types'

const t = (key: string) => key
const priority = (over: Partial<PriorityRule>): PriorityRule => ({
  id: null, kind: 'KEYWORD', match: 'дым|пожар', priority: 'P1', description: 'Опасность', active: true, ...over,
})
const routing = (over: Partial<RoutingRule>): RoutingRule => ({
  id: null, position: 1, category: null, deviceType: null, region: null, tier: null,
  plan: [{ kind: 'DIAGNOSE', after: null }, { kind: 'REPAIR', after: 'DIAGNOSE' }], description: 'Ремонт', active: true, ...over,
})

describe('rules validation', () => {
  it('accepts good rules', () => {
    expect(validatePriorityRules([priority({})], t)).toEqual({})
    expect(validateRoutingRules([routing({})], t)).toEqual({})
  })

  it('names blank fields and a broken expression by row', () => {
    expect(validatePriorityRules([priority({}), priority({ match: '(', description: ' ' })], t)).toEqual({
      '1.match': 'settings.errors.regex',
      '1.description': 'settings.errors.required',
    })
  })

  it('wants a plan whose steps wait only on earlier ones', () => {
    const rules = [routing({ plan: [] }), routing({ plan: [{ kind: 'REPAIR', after: 'SHIP' }] })]
    expect(validateRoutingRules(rules, t)).toEqual({
      '0.plan': 'settings.errors.planEmpty',
      '1.plan.0.after': 'settings.errors.afterEarlier',
    })
  })
})
