package dozor.ingest.carriers;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dozor.ingest.crm.WebhookSignature;
import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;
import dozor.ingest.intake.IngestProblem;
import dozor.ingest.intake.SystemActor;
import dozor.logistics.CarrierTracking;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A carrier's tracking webhook: {@code {"eventId":…,"trackingNumber":…,"status":…,"occurredAt":…}}, signed with the
 * carrier's own secret exactly as the CRM signs its webhook. The signature is checked before the body is read; a
 * forged, unsigned or stale delivery is refused (401) and writes nothing. The carrier's status is mapped by
 * configuration; logistics records the report once (a replay changes nothing) and moves the shipment only forward.
 */
@RestController
@Tag(name = "Интеграции", description = "Intake from outside systems")
class CarrierTrackingController {

    static final String PATH = "/api/v1/ingest/carriers/{carrier}/tracking";

    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CarrierTrackingController.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CarrierWebhooks webhooks;

    private final CarrierTracking tracking;

    private final IngestMessages messages;

    private final Clock clock;

    private final MeterRegistry meters;

    CarrierTrackingController(CarrierWebhooks webhooks, CarrierTracking tracking, IngestMessages messages,
            Clock clock, MeterRegistry meters) {
        this.webhooks = webhooks;
        this.tracking = tracking;
        this.messages = messages;
        this.clock = clock;
        this.meters = meters;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Carrier tracking webhook: a status report for a tracking number, recorded once",
            description = "Signed like the CRM webhook with the carrier's secret (dozor.ingest.carriers.<code>.secret): "
                    + "X-Dozor-Signature: sha256=<hex HMAC-SHA256 of '<X-Dozor-Timestamp>.<raw body>'>. The status is "
                    + "mapped by dozor.ingest.carriers.<code>.status-map.<carrier status>; unmapped ones are recorded "
                    + "and change nothing.")
    @SecurityRequirements
    CarrierTracking.Result receive(@PathVariable String carrier,
            @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
            @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signed,
            @RequestBody(required = false) byte[] body) {
        Instant now = clock.instant();
        CarrierWebhooks.Carrier c = webhooks.carrier(carrier).orElseThrow(() -> new IngestProblem(
                HttpStatus.NOT_FOUND, "not-found", "problem.notFound.title", "ingest.carriers.unknown",
                new Object[] { carrier }, List.of()));
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new IngestProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ingest.tooLarge.title",
                    "ingest.crm.tooLarge", new Object[] { MAX_BODY_BYTES / 1024 }, List.of());
        }
        WebhookSignature.Verdict verdict = c.signature().verify(timestamp, signed, body, now);
        if (verdict != WebhookSignature.Verdict.VALID) {
            log.warn("Carrier {} tracking webhook refused: {}", c.code(), verdict);
            count(c.code(), "refused");
            throw new IngestProblem(HttpStatus.UNAUTHORIZED, "unauthorized", "ingest.crm.refused.title",
                    verdict == WebhookSignature.Verdict.NOT_CONFIGURED ? "ingest.carriers.notConfigured"
                            : "ingest.crm.refused." + verdict.name().toLowerCase(Locale.ROOT),
                    new Object[] { c.signature().toleranceSeconds() }, List.of());
        }
        CarrierTracking.CarrierEvent event = read(c, body);
        CarrierTracking.Result result = SystemActor.run("carrier:" + c.code().toLowerCase(Locale.ROOT),
                () -> tracking.record(event));
        count(c.code(), result.repeated() ? "repeated" : result.outcome().name().toLowerCase(Locale.ROOT));
        return result;
    }

    private CarrierTracking.CarrierEvent read(CarrierWebhooks.Carrier c, byte[] body) {
        JsonNode json;
        try {
            json = body == null || body.length == 0 ? null : JSON.readTree(body);
        }
        catch (JacksonException ex) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            throw IngestProblem.malformed("ingest.crm.notJson");
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>();
        String eventId = text(json, "eventId", 200, problems, false, locale);
        String trackingNumber = text(json, "trackingNumber", 100, problems, true, locale);
        String status = text(json, "status", 100, problems, true, locale);
        String occurred = text(json, "occurredAt", 40, problems, true, locale);
        Instant occurredAt = null;
        if (occurred != null) {
            try {
                occurredAt = Instant.parse(occurred);
            }
            catch (DateTimeParseException ex) {
                problems.add(new FieldProblem("occurredAt", messages.get(locale, "ingest.carriers.time")));
            }
        }
        if (!problems.isEmpty()) {
            count(c.code(), "invalid");
            throw IngestProblem.invalid(problems);
        }
        return new CarrierTracking.CarrierEvent(c.code(), eventId, trackingNumber, status,
                c.map(status).orElse(null), occurredAt);
    }

    private String text(JsonNode json, String field, int max, List<FieldProblem> problems, boolean required,
            Locale locale) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || (node.isValueNode() && node.asString().isBlank())) {
            if (required) {
                problems.add(new FieldProblem(field, messages.get(locale, "ingest.carriers.required")));
            }
            return null;
        }
        if (!node.isValueNode() || node.asString().strip().length() > max) {
            problems.add(new FieldProblem(field, messages.get(locale, "ingest.carriers.value", max)));
            return null;
        }
        return node.asString().strip();
    }

    private void count(String carrier, String outcome) {
        meters.counter("dozor.ingest.carriers.deliveries", "carrier", carrier, "outcome", outcome).increment();
    }
}
