package dozor.slasettings.web;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dozor.calendar.CalendarDay;
import dozor.calendar.CalendarDefinition;
import dozor.clocks.SlaPolicy;
import dozor.slasettings.SlaSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

/** Administrators edit the SLA policy and the business calendars (working hours, holidays, transferred days). */
@RestController
@RequestMapping("/api/v1/settings/sla")
@Tag(name = "Настройки")
class SlaSettingsController {

    private final SlaSettings settings;

    SlaSettingsController(SlaSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/policy")
    @Operation(summary = "The SLA policy: targets by tier and priority, department legs, pauses, escalation ladder")
    SlaPolicy policy() {
        return settings.policy();
    }

    @PutMapping("/policy")
    SlaPolicy savePolicy(@RequestBody SlaPolicy policy) {
        return settings.savePolicy(policy);
    }

    @GetMapping("/calendars")
    Map<String, CalendarDefinition> calendars() {
        return settings.calendars();
    }

    @GetMapping("/calendars/{id}")
    CalendarDefinition calendar(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String id) {
        return settings.calendar(id);
    }

    @PutMapping("/calendars/{id}")
    @Operation(summary = "Create or replace a calendar (weekly hours with breaks, exceptions); the revision is the "
            + "server's")
    CalendarDefinition saveCalendar(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String id,
            @RequestBody CalendarBody calendar) {
        // The definition's constructor checks the hours (sorted, no overlaps) and the days: a 400 when they are wrong.
        return settings.saveCalendar(id, new CalendarDefinition(id, calendar.zone() == null ? "Europe/Minsk"
                : calendar.zone(), calendar.weekly(), calendar.exceptions(), 0));
    }

    /** A calendar as an administrator sends it: zone, weekly hours (e.g. "09:00-13:00"), holidays and transfers. */
    record CalendarBody(String zone, Map<java.time.DayOfWeek, List<dozor.calendar.Interval>> weekly,
            List<CalendarDay> exceptions) {
    }

    @PutMapping("/calendars/{id}/days")
    @Operation(summary = "Replace a calendar's holidays and transferred days")
    CalendarDefinition saveDays(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String id,
            @RequestBody List<CalendarDay> days) {
        CalendarDefinition current = settings.calendar(id);
        return settings.saveCalendar(id, new CalendarDefinition(id, current.zone(), current.weekly(), days,
                current.version()));
    }
}
