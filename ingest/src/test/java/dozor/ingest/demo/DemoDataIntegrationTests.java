package dozor.ingest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import dozor.testing.ApiIntegrationTest;

@TestPropertySource(properties = "dozor.demo.enabled=true")
class DemoDataIntegrationTests extends ApiIntegrationTest {

    @Autowired
    DemoData demo;

    @Autowired
    StockDemoData stockDemo;

    @Test
    void loadsAMonthOfRequestsOnceWithTheirEventsAndValidData() throws Exception {
        long requests = count("ops.service_request");
        assertThat(requests).as("loaded at start").isGreaterThan(30);
        assertThat(count("ops.outbox")).isGreaterThanOrEqualTo(requests);
        assertThat(jdbc.sql("SELECT count(DISTINCT registered_at::date) FROM ops.service_request").query(Long.class)
                .single()).isGreaterThan(15);
        assertThat(jdbc.sql("SELECT count(DISTINCT priority) FROM ops.service_request").query(Long.class).single())
                .isEqualTo(4);

        // lived through at the times things would have happened: old requests closed and rated, new ones waiting
        var byStatus = jdbc.sql("SELECT status, count(*) FROM ops.service_request GROUP BY status").query()
                .listOfRows();
        assertThat(byStatus).extracting(r -> r.get("status")).contains("NEW", "CLOSED");
        assertThat(byStatus).extracting(r -> r.get("status")).containsAnyOf("TRIAGED", "IN_PROGRESS",
                "AWAITING_PARTS", "READY", "SHIPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM ops.survey WHERE answered_at IS NOT NULL").query(Long.class)
                .single()).isGreaterThan(5);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.audit_log a JOIN ops.service_request r ON a.entity_id = r.id::text
                 WHERE a.action <> 'REGISTERED' AND a.at < now() - interval '3 days'""").query(Long.class).single())
                .as("the history is in the past, not at load time").isGreaterThan(50);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.audit_log a JOIN ops.service_request r ON a.entity_id = r.id::text
                 WHERE a.at < r.registered_at""").query(Long.class).single())
                .as("nothing happens to a request before it is registered").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ops.outbox WHERE occurred_at > now() + interval '1 minute'")
                .query(Long.class).single()).as("nothing in the future").isZero();
        assertThat(jdbc.sql("""
                SELECT extract(isodow FROM o.occurred_at AT TIME ZONE 'Europe/Minsk') FROM ops.outbox o
                 WHERE o.event_type = 'TaskCompleted'""").query(Integer.class).list())
                .as("the departments work on working days").isNotEmpty().allMatch(d -> d <= 5);

        demo.run(null);
        assertThat(count("ops.service_request")).as("a second start loads nothing").isEqualTo(requests);
    }

    @Test
    void loadsThirteenWeeksOfStockThroughTheLedgerOnce() {
        assertThat(count("ops.stock_warehouse")).isEqualTo(5);
        assertThat(count("ops.stock_item")).isEqualTo(StockDemoData.CATALOGUE.size());
        long movements = count("ops.stock_movement");
        assertThat(movements).isGreaterThan(300);
        assertThat(jdbc.sql("SELECT count(DISTINCT (at AT TIME ZONE 'Europe/Minsk')::date) FROM ops.stock_movement")
                .query(Long.class).single()).as("lived through, not loaded at once").isGreaterThan(50);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_movement WHERE at > now() + interval '1 minute'")
                .query(Long.class).single()).as("nothing in the future").isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.stock_balance b
                 WHERE b.on_hand <> (SELECT coalesce(sum(m.quantity), 0) FROM ops.stock_movement m
                                      WHERE m.item_id = b.item_id AND m.warehouse_id = b.warehouse_id)""")
                .query(Long.class).single()).as("on hand is the sum of the ledger").isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT kind) FROM ops.stock_movement").query(Long.class).single())
                .as("receipts, shipments, write-offs, transfers out and in").isGreaterThanOrEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_transfer WHERE status = 'IN_TRANSIT'").query(Long.class)
                .single()).as("one transfer on its way").isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT coalesce(sum(b.on_hand), 0) FROM ops.stock_balance b JOIN ops.stock_item i ON i.id = b.item_id
                 WHERE i.sku = :sku""").param("sku", StockDemoData.SHORT).query(java.math.BigDecimal.class).single())
                .as("the item left short").isLessThan(new java.math.BigDecimal("4"));
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_serial_unit").query(Long.class).single())
                .as("serial-tracked equipment has its units").isGreaterThan(3);

        assertThat(count("ops.supplier")).isEqualTo(StockDemoData.SUPPLIERS.size());
        assertThat(count("ops.supplier_item")).as("every item has a supplier's terms")
                .isEqualTo(StockDemoData.CATALOGUE.size());
        assertThat(jdbc.sql("SELECT count(*) FROM ops.stock_item WHERE supplier_id IS NULL").query(Long.class).single())
                .as("and a preferred supplier").isZero();
        String msk = jdbc.sql("SELECT id::text FROM ops.stock_warehouse WHERE code = 'MSK'").query(String.class)
                .single();
        var plan = as(dozor.api.security.Role.PROCUREMENT).get("/api/v1/procurement/plan?warehouseId=" + msk);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        tools.jackson.databind.JsonNode shortLine = null;
        for (var line : plan.json()) {
            if (line.get("sku").asString().equals(StockDemoData.SHORT)) {
                shortLine = line;
            }
        }
        assertThat(shortLine).as("the item left short in " + plan.body()).isNotNull();
        assertThat(shortLine.get("proposedQuantity").decimalValue().signum())
                .as("the plan proposes to buy the item left short: " + shortLine).isPositive();

        stockDemo.run(null);
        assertThat(count("ops.stock_movement")).as("a second start loads nothing").isEqualTo(movements);
    }

    @Test
    void loadsTheBanksRatesAndADollarPriceList() {
        var rates = as(dozor.api.security.Role.ACCOUNTANT).get("/api/v1/finance/exchange-rates");
        assertThat(rates.status()).as(rates.body()).isEqualTo(200);
        java.util.Map<String, Integer> scales = new java.util.HashMap<>();
        rates.json().forEach(r -> scales.put(r.get("currency").asString(), r.get("scale").asInt()));
        assertThat(scales).as("today's rates, or Friday's at a weekend")
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("USD", 1, "EUR", 1, "RUB", 100));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM ops.exchange_rate WHERE extract(isodow FROM rate_date) IN (6, 7)""")
                .query(Long.class).single()).as("none published at weekends").isZero();
        assertThat(jdbc.sql("SELECT count(DISTINCT rate_date) FROM ops.exchange_rate").query(Long.class).single())
                .as("every working day of the demo's weeks").isGreaterThan(60);
        var usd = jdbc.sql("""
                SELECT s.currency, i.currency AS terms, i.price FROM ops.supplier s
                  JOIN ops.supplier_item i ON i.supplier_id = s.id WHERE s.code = 'SZ-BOARDS'""").query().singleRow();
        assertThat(usd.get("currency")).isEqualTo("USD");
        assertThat(usd.get("terms")).isEqualTo("USD");
        // 260.00 BYN at the usual 3.2518 → 79.96 USD
        assertThat((java.math.BigDecimal) usd.get("price")).isEqualByComparingTo("79.96");
    }
}
