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

import dozor.events.requests.RequestMerged;
import dozor.events.requests.RequestPriorityChanged;
import dozor.events.requests.CommentAdded;
import dozor.events.requests.DocumentAttached;
import dozor.events.requests.RequestRegistered;
import dozor.events.requests.RequestStatusChanged;
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
                new RequestRegistered(UUID.randomUUID(), t, 2, request, "З-2026-000001", "ООО «Вектор»", "200988541",
                        "Hikvision DS-7608", "P2", t, UUID.randomUUID(), "GOLD", "PAID_REPAIR", "CCTV_NVR", "WEB",
                        UUID.randomUUID()),
                RequestRegistered.v1(UUID.randomUUID(), t, request, "З-2026-000002", "Иванов И. И.", null, null, "P4",
                        t),
                new RequestStatusChanged(UUID.randomUUID(), t, 1, request, "NEW", "TRIAGED", "TRIAGE", "dispatcher",
                        null),
                new RequestPriorityChanged(UUID.randomUUID(), t, 1, request, "P3", "P1", "dispatcher",
                        "Клиент сообщил о краже"),
                new CommentAdded(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "INTERNAL", "engineer"),
                new CommentAdded(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "CUSTOMER", "dispatcher"),
                new DocumentAttached(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "ACT", "warehouse"),
                new RequestMerged(UUID.randomUUID(), t, 1, request, UUID.randomUUID(), "dispatcher"),
                new dozor.events.requests.SurveyAnswered(UUID.randomUUID(), t, 1, request, 5, 9),
                new dozor.events.reference.SlaSettingsPublished(UUID.randomUUID(), t, 1, 3,
                        JSON.readTree("{\"version\":3}"), JSON.readTree("{\"support\":{\"id\":\"support\"}}")),
                new dozor.events.reference.StockItemPublished(UUID.randomUUID(), t, 1, UUID.randomUUID(), "HDD-4TB",
                        "Жёсткий диск 4 ТБ", "SPARE_PART", "PCS", true, "A", UUID.randomUUID()),
                new dozor.events.reference.StockItemPublished(UUID.randomUUID(), t, 1, UUID.randomUUID(), "CBL-UTP",
                        "Кабель UTP", "CONSUMABLE", "M", false, null, null),
                new dozor.events.reference.WarehousePublished(UUID.randomUUID(), t, 1, UUID.randomUUID(), "MSK",
                        "Центральный склад", "CENTRAL", "Минск"),
                new dozor.events.work.TaskCreated(UUID.randomUUID(), t, 1, UUID.randomUUID(), request, "DIAGNOSE",
                        "ENGINEERING", "engineer", null, t.plusSeconds(3600)),
                new dozor.events.work.TaskAssigned(UUID.randomUUID(), t, 1, UUID.randomUUID(), request, "ENGINEERING",
                        "engineer", "dispatcher"),
                new dozor.events.work.TaskStarted(UUID.randomUUID(), t, 1, UUID.randomUUID(), request, "ENGINEERING",
                        "DIAGNOSE", "engineer"),
                new dozor.events.work.TaskCompleted(UUID.randomUUID(), t, 1, UUID.randomUUID(), request, "WAREHOUSE",
                        "RESERVE_PARTS", "warehouse", "Зарезервировано 2 шт."),
                new dozor.events.work.TaskCancelled(UUID.randomUUID(), t, 1, UUID.randomUUID(), request, "LOGISTICS",
                        "Заявка отменена"),
                new SlaClockUpdated(UUID.randomUUID(), t, 2, request, "FIRST_RESPONSE", "P2", "RUNNING", t,
                        t.plusSeconds(4 * 3600), null, null, null, 0L, 14_400_000L, null, false),
                new SlaClockUpdated(UUID.randomUUID(), t, 2, request, "LEG", "P2", "PAUSED", t, null,
                        UUID.randomUUID(), "WAREHOUSE", "warehouse", 3_600_000L, 14_400_000L, "AWAITING_PARTS", false),
                new SlaBreached(UUID.randomUUID(), t, 2, request, "FIRST_RESPONSE", "P2", t, t.plusSeconds(1), null, null,
                        null),
                new dozor.events.sla.SlaWarning(UUID.randomUUID(), t, 1, request, "RESOLUTION", "P2", t, null, null,
                        null),
                new dozor.events.sla.SlaEscalated(UUID.randomUUID(), t, 1, request, "LEG", "P1", 2, "DEPARTMENT_HEAD",
                        t, UUID.randomUUID(), "ENGINEERING", "engineer"),
                new dozor.events.stock.StockMovementRecorded(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), "ISSUE_TO_WORK", new java.math.BigDecimal("-2.000"),
                        null, new java.math.BigDecimal("12.5000"), new java.math.BigDecimal("3.000"),
                        new java.math.BigDecimal("12.5000"), request, UUID.randomUUID(), null, null, "warehouse", 41L),
                new dozor.events.stock.StockMovementRecorded(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), "TRANSFER_IN", java.math.BigDecimal.ONE, "SN-1",
                        new java.math.BigDecimal("300.0000"), java.math.BigDecimal.ONE,
                        new java.math.BigDecimal("300.0000"), null, null, UUID.randomUUID(), "Перемещение", "logistics", null),
                new dozor.events.stock.StockReserved(UUID.randomUUID(), t, 1, UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), new java.math.BigDecimal("2.000"), request, UUID.randomUUID(), "engineer"),
                new dozor.events.stock.StockReservationClosed(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), new java.math.BigDecimal("2.000"), "ISSUED", "warehouse"),
                new dozor.events.stock.StockDemandRaised(UUID.randomUUID(), t, 1, UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), new java.math.BigDecimal("1.000"), request, UUID.randomUUID(), "engineer"),
                new dozor.events.procurement.PurchaseRequestStatusChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        "ЗК-2026-00001", UUID.randomUUID(), "SUBMITTED", "APPROVED",
                        new java.math.BigDecimal("1250.00"), "manager", "Согласовано"),
                new dozor.events.procurement.PurchaseRequestStatusChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        "ЗК-2026-00002", UUID.randomUUID(), null, "DRAFT", java.math.BigDecimal.ZERO, "warehouse",
                        null),
                new dozor.events.procurement.PurchaseOrderStatusChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        "ЗП-2026-00001", UUID.randomUUID(), "BYN", java.time.LocalDate.parse("2026-03-12"), "DRAFT",
                        "SENT", "procurement"),
                new dozor.events.procurement.GoodsReceived(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        new java.math.BigDecimal("10.000"), new java.math.BigDecimal("9.000"),
                        new java.math.BigDecimal("1.000"), new java.math.BigDecimal("12.5000"), "BYN", null,
                        "warehouse"),
                new dozor.events.procurement.GoodsReceived(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        new java.math.BigDecimal("5.000"), new java.math.BigDecimal("5.000"), java.math.BigDecimal.ZERO,
                        new java.math.BigDecimal("12.5000"), "USD", null, "warehouse",
                        new java.math.BigDecimal("40.6475")),
                new dozor.events.procurement.GoodsReturnedToSupplier(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        new java.math.BigDecimal("1.000"), "ACCEPTED", "Брак", UUID.randomUUID(), "warehouse"),
                new dozor.events.logistics.ShipmentPlanned(UUID.randomUUID(), t, 1, UUID.randomUUID(), "ОТ-000001",
                        "REPAIRED_DEVICE", request, "CDEK", "1234567890", "2026-03-03", UUID.randomUUID(), null, null,
                        null, "logistics"),
                new dozor.events.logistics.ShipmentPlanned(UUID.randomUUID(), t, 1, UUID.randomUUID(), "ОТ-000002",
                        "TRANSFER", null, "OWN_COURIER", null, "2026-03-03", UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), "warehouse"),
                new dozor.events.logistics.ShipmentStatusChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        "REPAIRED_DEVICE", request, "DPD", "DPD-1", "IN_TRANSIT", "DELIVERED", "CARRIER", "Delivered",
                        "carrier:dpd"),
                new dozor.events.logistics.ShipmentStatusChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        "PICKUP", null, "OWN_COURIER", null, "PLANNED", "DISPATCHED", "USER", null, "logistics"),
                new dozor.events.stock.StockReorderPointChanged(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), new java.math.BigDecimal("5.000"), "MANUAL", "warehouse"),
                new dozor.events.stock.StockLowAlert(UUID.randomUUID(), t, 1, UUID.randomUUID(), UUID.randomUUID(),
                        new java.math.BigDecimal("4.000"), new java.math.BigDecimal("5.000"),
                        new java.math.BigDecimal("1.33")),
                new dozor.events.stock.StockLowAlertCleared(UUID.randomUUID(), t, 1, UUID.randomUUID(),
                        UUID.randomUUID(), new java.math.BigDecimal("9.000"), new java.math.BigDecimal("5.000"), t));
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
