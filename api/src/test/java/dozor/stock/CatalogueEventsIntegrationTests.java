package dozor.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dozor.api.security.Role;
import dozor.events.Topics;
import dozor.testing.ApiIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue publishes items and warehouses as reference records, in the transaction that changes them. */
class CatalogueEventsIntegrationTests extends ApiIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void itemsAndWarehousesArePublishedAsTheyNowAre() {
        String sku = "PUB-" + System.nanoTime();
        var created = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", sku, "name", "Диск 4 ТБ",
                "category", "SPARE_PART", "unit", "PCS", "serialTracked", true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String item = created.json().get("id").asString();
        var changed = as(Role.WAREHOUSE).put("/api/v1/stock/items/" + item, Map.of("name", "Диск 4 ТБ WD Purple",
                "abcClass", "A"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        List<JsonNode> published = published("item:" + item);
        assertThat(published).hasSize(2);
        assertThat(published.get(0).get("name").asString()).isEqualTo("Диск 4 ТБ");
        assertThat(published.get(0).get("abcClass").isNull()).isTrue();
        assertThat(published.get(1).get("type").asString()).isEqualTo("StockItemPublished");
        assertThat(published.get(1).get("name").asString()).isEqualTo("Диск 4 ТБ WD Purple");
        assertThat(published.get(1).get("abcClass").asString()).isEqualTo("A");
        assertThat(published.get(1).get("sku").asString()).isEqualTo(sku);
        assertThat(published.get(1).get("serialTracked").asBoolean()).isTrue();

        var wh = as(Role.WAREHOUSE).post("/api/v1/stock/warehouses", Map.of("code", "PUB" + System.nanoTime() % 1_000_000,
                "name", "Склад Гомель", "kind", "REGIONAL", "region", "Гомель"));
        assertThat(wh.status()).as(wh.body()).isEqualTo(201);
        List<JsonNode> warehouse = published("warehouse:" + wh.json().get("id").asString());
        assertThat(warehouse).hasSize(1);
        assertThat(warehouse.get(0).get("kind").asString()).isEqualTo("REGIONAL");
        assertThat(warehouse.get(0).get("region").asString()).isEqualTo("Гомель");
    }

    @Test
    void aRefusedItemPublishesNothing() {
        long before = jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = 'StockItemPublished'")
                .query(Long.class).single();
        var refused = as(Role.WAREHOUSE).post("/api/v1/stock/items", Map.of("sku", "BAD-" + System.nanoTime(), "name",
                "Кабель", "category", "CONSUMABLE", "unit", "M", "serialTracked", true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE event_type = 'StockItemPublished'")
                .query(Long.class).single()).isEqualTo(before);
    }

    private List<JsonNode> published(String key) {
        return jdbc.sql("""
                SELECT payload::text FROM ops.outbox WHERE topic = :topic AND aggregate_id = :key
                 ORDER BY occurred_at, event_id
                """).param("topic", Topics.REFERENCE).param("key", key).query(String.class).list().stream()
                .map(JSON::readTree).toList();
    }
}
