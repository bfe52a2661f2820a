package dozor.stock.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dozor.api.security.Role;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.stock.StockLowAlert;
import dozor.events.stock.StockLowAlertCleared;
import dozor.testing.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Low-stock alerts written to {@value Topics#STOCK_ALERTS} as the streams app writes them reach the buyers' and
 * the warehouse's feeds through the real embedded Kafka and PostgreSQL: once per alert, again when the stock falls
 * again, never to the other roles.
 */
class LowStockNoticesIntegrationTests extends ApiIntegrationTest {

    /** Other api contexts of this JVM consume the topic too; a group of its own gives this one every partition. */
    static final String GROUP = "it-stock-alerts-" + UUID.randomUUID();

    @DynamicPropertySource
    static void alerts(DynamicPropertyRegistry registry) {
        SharedEmbeddedServers.kafka().createTopics(Map.of(Topics.STOCK_ALERTS, Topics.PARTITIONS));
        registry.add("dozor.stock.alerts.consumer-group", () -> GROUP);
    }

    String item(String name) {
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "LOW-" + System.nanoTime(), "name",
                name, "category", "SPARE_PART", "unit", "PCS", "serialTracked", false));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    String sku(String item) {
        return as(Role.WAREHOUSE).get("/api/v1/stock/items/" + item).json().get("sku").asString();
    }

    record Place(String id, String code) {
    }

    Place warehouse(String name, String kind, String holder) {
        String code = "LW" + System.nanoTime() % 100_000_000;
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind));
        if (holder != null) {
            body.put("holder", holder);
        }
        var r = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return new Place(r.json().get("id").asString(), code);
    }

    static StockLowAlert low(String item, String warehouse, String available, String reorderPoint, String cover,
            Instant at) {
        return new StockLowAlert(UUID.randomUUID(), at, StockLowAlert.CURRENT_VERSION, UUID.fromString(item),
                UUID.fromString(warehouse), new BigDecimal(available), new BigDecimal(reorderPoint),
                cover == null ? null : new BigDecimal(cover));
    }

    /** Writes the event as the streams app does: keyed by item id, with the type and event id headers. */
    static void publish(DozorEvent event) {
        try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedEmbeddedServers.kafka().bootstrapServers(), ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(event.topic(), event.aggregateId(), EventJson.write(event));
            record.headers().add(Topics.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.EVENT_ID_HEADER, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Waits until the api has consumed and committed everything on the topic, so an absence can be asserted. */
    static void consumedAll() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedEmbeddedServers.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int p = 0; p < Topics.PARTITIONS; p++) {
                latest.put(new TopicPartition(Topics.STOCK_ALERTS, p), OffsetSpec.latest());
            }
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                return ends.entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || committed.get(e.getKey()) != null
                                && committed.get(e.getKey()).offset() >= e.getValue().offset());
            });
        }
    }

    /** The role's low-stock notices about the item, newest first. */
    List<JsonNode> notices(Role role, String item) {
        return notices(as(role).get("/api/v1/notifications?size=200").json(), item);
    }

    static List<JsonNode> notices(JsonNode page, String item) {
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(n -> {
            if ("STOCK_LOW".equals(n.get("type").asString()) && item.equals(n.get("entityId").asString())) {
                found.add(n);
            }
        });
        return found;
    }

    List<JsonNode> arrive(Role role, String item, int count) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> notices(role, item).size() >= count);
        return notices(role, item);
    }

    @Test
    void anAlertReachesTheBuyersAndTheWarehouseOnceAndNoOtherRole() throws Exception {
        String item = item("Жёсткий диск 2 ТБ");
        Place central = warehouse("Центральный склад", "CENTRAL", null);
        String wh = central.id();
        StockLowAlert alert = low(item, wh, "3.000", "5.000", "1.46", Instant.now());
        publish(alert);

        List<JsonNode> buyer = arrive(Role.PROCUREMENT, item, 1);
        assertThat(buyer).hasSize(1);
        JsonNode notice = buyer.get(0);
        assertThat(notice.get("typeName").asString()).isEqualTo("Мало на складе");
        assertThat(notice.get("title").asString()).isEqualTo("Мало на складе: Жёсткий диск 2 ТБ");
        assertThat(notice.get("text").asString()).isEqualTo("«Жёсткий диск 2 ТБ», арт. " + sku(item)
                + ": на складе «Центральный склад» (" + central.code()
                + ") доступно 3 шт. — ниже точки заказа (5 шт.). При нынешнем расходе запаса хватит примерно на "
                + "1,5 недели.");
        assertThat(notice.get("link").asString()).isEqualTo("/stock/items/" + item);
        assertThat(notice.get("read").asBoolean()).isFalse();
        assertThat(arrive(Role.WAREHOUSE, item, 1)).hasSize(1);

        publish(alert); // re-delivered, as after a restart of either side
        consumedAll();
        assertThat(notices(Role.PROCUREMENT, item)).as("the same alert twice notifies once").hasSize(1);
        assertThat(notices(Role.WAREHOUSE, item)).hasSize(1);
        assertThat(count("ops.notice WHERE type = 'STOCK_LOW' AND entity_id = '" + item + "'"))
                .as("one per recipient: procurement and warehouse").isEqualTo(2);
        for (Role other : List.of(Role.ENGINEER, Role.DISPATCHER, Role.MANAGER, Role.LOGISTICS, Role.ACCOUNTANT)) {
            assertThat(notices(other, item)).as(other.name()).isEmpty();
        }
    }

    @Test
    void aClearedAlertMarksTheNoticeReadAndAFallAgainNotifiesAgain() {
        String item = item("Блок питания 12 В");
        String wh = warehouse("Региональный склад", "REGIONAL", null).id();
        String neighbour = item("Блок питания 24 В");
        StockLowAlert first = low(item, wh, "1", "4", null, Instant.now());
        publish(first);
        publish(low(neighbour, wh, "2", "4", null, Instant.now()));
        assertThat(arrive(Role.PROCUREMENT, item, 1).get(0).get("read").asBoolean()).isFalse();
        arrive(Role.PROCUREMENT, neighbour, 1);

        publish(new StockLowAlertCleared(UUID.randomUUID(), Instant.now(), StockLowAlertCleared.CURRENT_VERSION,
                first.itemId(), first.warehouseId(), new BigDecimal("9"), new BigDecimal("4"), first.occurredAt()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> notices(Role.PROCUREMENT, item).get(0).get("read").asBoolean());
        assertThat(notices(Role.PROCUREMENT, item)).as("the notice stays, read; no notice of the recovery")
                .hasSize(1);
        assertThat(notices(Role.WAREHOUSE, item).get(0).get("read").asBoolean()).isTrue();
        assertThat(notices(Role.PROCUREMENT, neighbour).get(0).get("read").asBoolean())
                .as("another item still low at the same warehouse stays unread").isFalse();

        publish(low(item, wh, "0", "4", "0", Instant.now()));
        List<JsonNode> again = arrive(Role.PROCUREMENT, item, 2);
        assertThat(again).hasSize(2);
        assertThat(again.get(0).get("read").asBoolean()).as("the new fall is unread").isFalse();
        assertThat(again.get(0).get("text").asString()).contains("не осталось доступного запаса");
        assertThat(again.get(1).get("read").asBoolean()).isTrue();
    }

    @Test
    void aVansAlertAlsoReachesItsEngineerAndAStaleOneNobody() throws Exception {
        String item = item("Видеорегистратор MDVR-4");
        String van = warehouse("Машина инженера", "VAN", "engineer").id();
        publish(low(item, van, "1", "2", "0.43", Instant.now()));
        assertThat(arrive(Role.ENGINEER, item, 1).get(0).get("text").asString())
                .contains("на складе «Машина инженера»").endsWith("хватит примерно на 3 дня.");
        assertThat(arrive(Role.PROCUREMENT, item, 1)).hasSize(1);

        String old = item("Камера AHD");
        publish(low(old, van, "1", "2", null, Instant.now().minus(Duration.ofDays(2))));
        consumedAll();
        assertThat(notices(Role.ENGINEER, old)).as("a replayed alert of two days ago is history, not news")
                .isEmpty();
        assertThat(notices(Role.PROCUREMENT, old)).isEmpty();
        assertThat(notices(Role.DISPATCHER, item)).isEmpty();
    }
}
