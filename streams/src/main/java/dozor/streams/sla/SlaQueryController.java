package dozor.streams.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dozor.clocks.Clock;
import dozor.clocks.ClockEngine;
import dozor.clocks.RequestClocks;

/** Interactive queries of the SLA stores, for the api (internal, token-protected). */
@RestController
class SlaQueryController {

    private final SlaStreams streams;

    SlaQueryController(SlaStreams streams) {
        this.streams = streams;
    }

    /** One clock as the api shows it: state, due moment, time used and left at the moment of the query. */
    record ClockView(String key, String target, UUID taskId, String department, String assignee, String state,
            Instant startedAt, Instant dueAt, long usedMillis, long targetMillis, String pauseReason,
            Instant breachedAt, int escalationLevel) {

        static ClockView of(Clock c, ClockEngine engine, Instant now) {
            return new ClockView(c.key(), c.target(), c.taskId(), c.department(), c.assignee(), c.state(),
                    c.startedAt(), c.dueAt(), engine.used(c, now).toMillis(), c.targetMillis(), c.pauseReason(),
                    c.breachedAt(), c.escalationLevel());
        }
    }

    /** A request's clocks with the headline one (first response while it runs, then resolution) up front. */
    record RequestSla(UUID requestId, String target, String state, Instant startedAt, Instant dueAt,
            List<ClockView> clocks) {

        static RequestSla of(RequestClocks r, ClockEngine engine, Instant now) {
            List<ClockView> views = r.clocks().stream().map(c -> ClockView.of(c, engine, now)).toList();
            return r.headline().map(h -> new RequestSla(r.requestId(), h.target(), h.state(), h.startedAt(), h.dueAt(),
                    views)).orElse(new RequestSla(r.requestId(), null, "PENDING", null, null, views));
        }
    }

    @GetMapping("/internal/v1/sla/{requestId}")
    ResponseEntity<RequestSla> one(@PathVariable UUID requestId) {
        ClockEngine engine = streams.engine();
        Instant now = Instant.now();
        return streams.clocks(requestId).map(r -> ResponseEntity.ok(RequestSla.of(r, engine, now)))
                .orElse(ResponseEntity.notFound().build());
    }

    /** The clocks that exist among the ids asked; ids without clocks are simply absent. */
    @PostMapping("/internal/v1/sla/lookup")
    List<RequestSla> lookup(@RequestBody Lookup lookup) {
        ClockEngine engine = streams.engine();
        Instant now = Instant.now();
        List<RequestSla> found = new ArrayList<>();
        for (UUID id : lookup.requestIds()) {
            streams.clocks(id).ifPresent(r -> found.add(RequestSla.of(r, engine, now)));
        }
        return found;
    }

    /** Live outcome figures: share in time, mean and p90 business time, per target and department leg. */
    @GetMapping("/internal/v1/sla/metrics")
    List<SlaMetrics.Figures> metrics(@RequestParam(defaultValue = "30") int days) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Minsk"));
        return streams.figures(today.minusDays(Math.max(0, Math.min(days, 366)) - 1L), today);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(IllegalStateException.class)
    ResponseEntity<String> notReady(IllegalStateException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ex.getMessage());
    }

    record Lookup(List<UUID> requestIds) {
    }
}
