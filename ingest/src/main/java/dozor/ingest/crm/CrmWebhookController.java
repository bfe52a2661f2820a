package dozor.ingest.crm;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dozor.ingest.intake.ExternalId;
import dozor.ingest.intake.FieldChecks;
import dozor.ingest.intake.FieldProblem;
import dozor.ingest.intake.IngestMessages;
import dozor.ingest.intake.IngestProblem;
import dozor.ingest.intake.Intake;
import dozor.ingest.intake.RequestFields;
import dozor.ingest.intake.SystemActor;
import dozor.requests.Channel;
import dozor.requests.ExternalReference;
import dozor.requests.Registration;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CRM's webhook: a ticket becomes a service request, once. The caller is no user: the HMAC signature over the
 * timestamp and the raw body is the authentication, checked before the body is even parsed. A delivery repeated
 * within the tolerance (a retry, a replay) carries the same signed external id and gets the request the first one
 * registered, so a replay can never create or change anything.
 */
@RestController
@Tag(name = "Интеграции", description = "Intake from outside systems")
class CrmWebhookController {

    /** The external source of CRM requests, and the actor of their audit records. */
    static final String SOURCE = "crm";

    static final String PATH = "/api/v1/ingest/crm/requests";

    /** A CRM ticket is a few kilobytes; anything far larger is not one. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CrmWebhookController.class);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookSignature signature;

    private final CrmMapping mapping;

    private final FieldChecks checks;

    private final Intake intake;

    private final IngestMessages messages;

    private final Clock clock;

    private final MeterRegistry meters;

    CrmWebhookController(WebhookSignature signature, CrmMapping mapping, FieldChecks checks, Intake intake,
            IngestMessages messages, Clock clock, MeterRegistry meters) {
        this.signature = signature;
        this.mapping = mapping;
        this.checks = checks;
        this.intake = intake;
        this.messages = messages;
        this.clock = clock;
        this.meters = meters;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "CRM webhook: register the CRM's ticket as a service request, once (201 new, 200 repeat)",
            description = "Signed: X-Dozor-Signature: sha256=<hex HMAC-SHA256 of '<X-Dozor-Timestamp>.<raw body>'>, "
                    + "the timestamp in Unix seconds within the tolerance (5 minutes). Fields are read from the "
                    + "payload by the configured mapping (dozor.ingest.crm.mapping.<field>=<JSON pointer>).")
    @SecurityRequirements
    ResponseEntity<CrmRegistration> receive(
            @Parameter(description = "Unix seconds") @RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER,
                    required = false) String timestamp,
            @Parameter(description = "sha256=<hex>") @RequestHeader(name = WebhookSignature.SIGNATURE_HEADER,
                    required = false) String signed,
            @RequestBody(required = false) byte[] body) {
        Instant now = clock.instant();
        if (body != null && body.length > MAX_BODY_BYTES) {
            throw new IngestProblem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "ingest.tooLarge.title",
                    "ingest.crm.tooLarge", new Object[] { MAX_BODY_BYTES / 1024 }, List.of());
        }
        WebhookSignature.Verdict verdict = signature.verify(timestamp, signed, body, now);
        if (verdict != WebhookSignature.Verdict.VALID) {
            log.warn("CRM webhook refused: {}", verdict);
            count("refused");
            throw new IngestProblem(HttpStatus.UNAUTHORIZED, "unauthorized", "ingest.crm.refused.title",
                    "ingest.crm.refused." + verdict.name().toLowerCase(Locale.ROOT),
                    new Object[] { signature.toleranceSeconds() }, List.of());
        }
        CrmMapping.Mapped mapped = mapping.map(parse(body));
        RequestFields fields = RequestFields.of(mapped.values());
        String externalId = mapped.value(CrmMapping.EXTERNAL_ID);
        check(mapped, fields, externalId);

        var command = fields.toCommand(Channel.CRM, new ExternalReference(SOURCE, externalId));
        Registration registration = SystemActor.run(SOURCE, () -> intake.registerOnce(command, now));
        count(registration.created() ? "created" : "repeated");
        CrmRegistration response = CrmRegistration.of(registration);
        return registration.created()
                ? ResponseEntity.created(URI.create("/api/v1/requests/" + response.id())).body(response)
                : ResponseEntity.ok(response);
    }

    private static JsonNode parse(byte[] body) {
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
        return json;
    }

    private void check(CrmMapping.Mapped mapped, RequestFields fields, String externalId) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> problems = new ArrayList<>();
        for (String field : mapped.notScalar()) {
            problems.add(new FieldProblem(field, messages.get(locale, "ingest.mapping.notScalar")));
        }
        checks.check(fields, RequestFields.NAMES, locale).stream()
                .filter(p -> !mapped.notScalar().contains(p.field())).forEach(problems::add);
        problems.addAll(checks.check(new ExternalId(externalId), List.of(ExternalId.FIELD), locale));
        if (!problems.isEmpty()) {
            count("invalid");
            throw IngestProblem.invalid(problems);
        }
    }

    /** Deliveries by outcome: created, repeated, refused (signature), invalid (values). */
    private void count(String outcome) {
        meters.counter("dozor.ingest.crm.deliveries", "outcome", outcome).increment();
    }
}
