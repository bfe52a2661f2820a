package dozor.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dozor.events.requests.CommentAdded;
import dozor.events.requests.DocumentAttached;
import dozor.events.requests.RequestRegistered;
import dozor.events.sla.SlaBreached;
import dozor.events.sla.SlaClockUpdated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each event's JSON must match its published schema, and must read back to an equal record. */
class EventContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<DozorEvent> samples() {
        Instant t = Instant.parse("2026-03-02T07:15:00Z");
        UUID request = UUID.randomUUID();
        return Stream.of(
                new RequestRegistered(UUID.randomUUID(), t, 1, request, "З-2026-000001", "ООО «Вектор»", "190000001",
                        "Hikvision DS-7608", "P2", t),
                new RequestRegistered(UUID.randomUUID(), t, 1, request, "З-2026-000002", "Иванов И. И.", null, null,
                        "P4", t),
                new CommentAdded(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "INTERNAL", "engineer"),
                new CommentAdded(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "CUSTOMER", "dispatcher"),
                new DocumentAttached(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "ACT", "warehouse"),
                new SlaClockUpdated(UUID.randomUUID(), t, 1, request, "FIRST_RESPONSE", "P2", "RUNNING", t,
                        t.plusSeconds(4 * 3600)),
                new SlaBreached(UUID.randomUUID(), t, 1, request, "FIRST_RESPONSE", "P2", t, t.plusSeconds(1)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void serialisedEventMatchesItsSchema(DozorEvent event) throws Exception {
        JsonNode json = JSON.readTree(EventJson.write(event));
        JsonNode schema = schemaOf(event.type());

        assertThat(json.get("type").asString()).isEqualTo(schema.at("/properties/type/const").asString());
        Set<String> allowed = new HashSet<>(schema.get("properties").propertyNames());
        assertThat(json.propertyNames()).as("properties not in the schema").isSubsetOf(allowed);
        for (JsonNode required : schema.get("required")) {
            assertThat(json.has(required.asString())).as("required property " + required).isTrue();
            assertThat(json.get(required.asString()).isNull()).as("required property " + required + " is null")
                    .isFalse();
        }
        assertThat(allowed).as("schema names a property the record lacks")
                .isEqualTo(recordProperties(event));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void readsBackToAnEqualRecord(DozorEvent event) {
        assertThat(EventJson.read(EventJson.write(event))).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void ignoresPropertiesAddedByANewerMinorVersion(DozorEvent event) throws Exception {
        var node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(EventJson.write(event));
        node.put("addedLater", "x");
        assertThat(EventJson.read(JSON.writeValueAsString(node))).isEqualTo(event);
    }

    private static Set<String> recordProperties(DozorEvent event) {
        Set<String> names = new HashSet<>(List.of("type"));
        for (var component : event.getClass().getRecordComponents()) {
            names.add(component.getName());
        }
        return names;
    }

    private static JsonNode schemaOf(String type) throws Exception {
        try (InputStream in = EventContractTests.class
                .getResourceAsStream("/dozor/events/schemas/" + type + ".schema.json")) {
            assertThat(in).as("schema of " + type).isNotNull();
            return JSON.readTree(in);
        }
    }
}
