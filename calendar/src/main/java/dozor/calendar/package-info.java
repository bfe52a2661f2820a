/**
 * Business time for SLA clocks: {@link dozor.calendar.BusinessCalendar} (working time added and measured between
 * instants), its weekly {@link dozor.calendar.WorkingHours} of {@link dozor.calendar.Interval}s, exceptional
 * {@link dozor.calendar.CalendarDay}s, the value form {@link dozor.calendar.CalendarDefinition} for events, CSV
 * tables ({@link dozor.calendar.BusinessCalendars}) and the Belarus data ({@link dozor.calendar.BelarusCalendars}).
 * Plain Java: no Spring, no database.
 */
package dozor.calendar;
