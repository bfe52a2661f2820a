import { http } from '@/shared/http'
import type { CalendarDay, CalendarDefinition, PriorityRule, RoutingRule, SlaPolicy } from './types'

export const settingsApi = {
  priorityRules(): Promise<PriorityRule[]> {
    return http.get<PriorityRule[]>('/api/v1/settings/priority-rules')
  },

  /** Replaces the whole table (ADMIN). */
  savePriorityRules(rules: PriorityRule[]): Promise<PriorityRule[]> {
    return http.put<PriorityRule[]>('/api/v1/settings/priority-rules', { json: rules })
  },

  routingRules(): Promise<RoutingRule[]> {
    return http.get<RoutingRule[]>('/api/v1/settings/routing-rules')
  },

  /** Replaces the whole table (ADMIN). */
  saveRoutingRules(rules: RoutingRule[]): Promise<RoutingRule[]> {
    return http.put<RoutingRule[]>('/api/v1/settings/routing-rules', { json: rules })
  },

  policy(): Promise<SlaPolicy> {
    return http.get<SlaPolicy>('/api/v1/settings/sla/policy')
  },

  /** Replaces the policy; the server raises its version (ADMIN). */
  savePolicy(policy: SlaPolicy): Promise<SlaPolicy> {
    return http.put<SlaPolicy>('/api/v1/settings/sla/policy', { json: policy })
  },

  calendars(): Promise<Record<string, CalendarDefinition>> {
    return http.get<Record<string, CalendarDefinition>>('/api/v1/settings/sla/calendars')
  },

  /** Replaces a calendar whole: weekly hours and exceptions (ADMIN). */
  saveCalendar(calendar: CalendarDefinition): Promise<CalendarDefinition> {
    return http.put<CalendarDefinition>('/api/v1/settings/sla/calendars/{id}', {
      path: { id: calendar.id },
      json: calendar,
    })
  },

  /** Replaces only the holidays and transferred days (ADMIN). */
  saveCalendarDays(id: string, days: CalendarDay[]): Promise<CalendarDefinition> {
    return http.put<CalendarDefinition>('/api/v1/settings/sla/calendars/{id}/days', { path: { id }, json: days })
  },
}
