package dozor.batch.dw;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dozor.batch.BatchApplication;
import dozor.batch.InternalJobs;
import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.reference.StockItemPublished;
import dozor.events.reference.WarehousePublished;
import dozor.events.stock.StockMovementRecorded;

/**
 * Stock in the star schema: the reference records name items and warehouses, the ledger's movements become facts,
 * and the marts give balances, weekly consumption and the ABC/XYZ classes of a small hand-computed history.
 */
@SpringBootTest(classes = BatchApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.config.name=batch", "dozor.batch.dw-refresh.scheduled=false",
                "dozor.batch.dw-refresh.stall-timeout=PT3S", "dozor.internal.token=test-token" })
class StockMartsFunctionalTests {

    static final ZoneId MINSK = ZoneId.of("Europe/Minsk");

    /** Monday of the current Minsk week; the analysis covers the 13 full weeks before it. */
    static final LocalDate THIS_WEEK = LocalDate.now(MINSK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    static EmbeddedKafkaServer kafka;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final UUID central = UUID.randomUUID();

    final Map<UUID, BigDecimal> onHand = new HashMap<>();

    final List<DozorEvent> events = new ArrayList<>();

    long seq;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("dw-stock-kafka"), FreePorts.any());
        kafka.createTopics(Map.of(Topics.STOCK, Topics.PARTITIONS, Topics.REFERENCE, 1));
        String databaseUrl = SharedEmbeddedServers.freshDatabase();
        registry.add("spring.datasource.url", () -> databaseUrl);
        registry.add("spring.datasource.username", () -> SharedEmbeddedServers.APP_USER);
        registry.add("spring.datasource.password", () -> SharedEmbeddedServers.APP_PASSWORD);
        registry.add("dozor.kafka.bootstrap-servers", kafka::bootstrapServers);
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
        SharedEmbeddedServers.deleteQuietly(kafka.logDirectory());
    }

    @Test
    void buildsStockFactsBalancesAndTheAbcXyzClasses() throws Exception {
        // Consumption value over the 13 weeks, all at 10 BYN a unit (hand-computed):
        //   P: 5 a week every week = 65 units, 650 BYN; weekly CV 0 → X.
        //   Q: 3, 1, 3, 1, … (7 × 3 + 6 × 1 = 27 units, 270 BYN); mean 27/13 = 2.077, σ = 0.997, CV 0.480 → Y.
        //   R: 6 units in one week, 60 BYN → CV = √12 = 3.46 → Z.
        //   S: 2 units in one week, 20 BYN → Z; its 100 units 20 weeks ago are outside the window.
        //   T: received, never consumed → C, Z.
        // Total 1,000 BYN. Sorted: P (before it 0 %) A, Q (65 %) A, R (92 %) B, S (98 %) C, T C.
        UUID p = item("P-DISK", "Диск 2 ТБ", "A");
        UUID q = item("Q-CAM", "Камера", null);
        UUID r = item("R-PSU", "Блок питания", null);
        UUID s = item("S-CABLE", "Кабель", null);
        UUID t = item("T-TOOL", "Паяльник", null);
        // Free samples (cost 0, so they change no ABC share): U covers 3 weeks, V 1 week.
        UUID u = item("U-FREE", "Наклейка", null);
        UUID v = item("V-FREE", "Брошюра", null);
        move(u, "RECEIPT", 32, at(THIS_WEEK.minusWeeks(14), 1), "0");
        move(v, "RECEIPT", 14, at(THIS_WEEK.minusWeeks(14), 1), "0");
        events.add(new StockItemPublished(UUID.randomUUID(), at(THIS_WEEK.minusWeeks(30), 0), 1, q, "Q-CAM",
                "Старое имя камеры", "EQUIPMENT", "PCS", true, null, null)); // older, lands later: ignored
        events.add(new WarehousePublished(UUID.randomUUID(), at(THIS_WEEK.minusWeeks(30), 0), 1, central, "MSK",
                "Центральный склад", "CENTRAL", "Минск"));

        LocalDate first = THIS_WEEK.minusWeeks(13);
        move(s, "RECEIPT", 150, at(THIS_WEEK.minusWeeks(21), 0));
        move(s, "ISSUE_TO_WORK", -100, at(THIS_WEEK.minusWeeks(20), 2));
        for (UUID item : List.of(p, q, r, s, t)) {
            move(item, "RECEIPT", 100, at(first.minusWeeks(1), 1));
        }
        for (int week = 0; week < 13; week++) {
            LocalDate monday = first.plusWeeks(week);
            move(p, week % 2 == 0 ? "ISSUE_TO_WORK" : "SHIPMENT", -5, at(monday, 2));
            move(q, "ISSUE_TO_WORK", week % 2 == 0 ? -3 : -1, at(monday, 3));
            move(u, "SHIPMENT", -2, at(monday, 4), "0");
            move(v, "SHIPMENT", -1, at(monday, 4), "0");
        }
        move(r, "WRITE_OFF", -6, at(first.plusWeeks(4), 1));
        move(s, "ISSUE_TO_WORK", -2, at(first.plusWeeks(7), 1));
        move(r, "RETURN_FROM_WORK", 1, at(first.plusWeeks(5), 1)); // a return is stock, not negative consumption
        move(p, "ISSUE_TO_WORK", -4, at(THIS_WEEK, 0)); // this week: not in the window
        send(events);
        send(List.of(events.get(events.size() - 1))); // the relay re-sent the last movement

        assertThat(new InternalJobs(port).runToEnd("dw-refresh", "").get("status").asString()).isEqualTo("COMPLETED");

        assertThat(jdbc.sql("SELECT count(*) FROM dw.fact_stock_movement").query(Long.class).single())
                .isEqualTo(events.stream().filter(StockMovementRecorded.class::isInstance).count());
        assertThat(jdbc.sql("SELECT name FROM dw.dim_item WHERE item_id = :id").param("id", q).query(String.class)
                .single()).isEqualTo("Камера");

        var balance = jdbc.sql("SELECT on_hand, value, warehouse_name FROM mart.stock_balance WHERE item_id = :id")
                .param("id", p).query().singleRow();
        assertThat((BigDecimal) balance.get("on_hand")).isEqualByComparingTo("31");
        assertThat((BigDecimal) balance.get("value")).isEqualByComparingTo("310");
        assertThat(balance.get("warehouse_name")).isEqualTo("Центральный склад");
        for (UUID item : List.of(p, q, r, s, t, u, v)) {
            assertThat(jdbc.sql("SELECT on_hand FROM mart.stock_balance WHERE item_id = :id").param("id", item)
                    .query(BigDecimal.class).single()).isEqualByComparingTo(onHand.get(item));
        }

        Map<String, List<Object>> abc = new HashMap<>();
        jdbc.sql("SELECT sku, abc_class, xyz_class, consumed_value, variation FROM mart.stock_abc_xyz").query(rs -> {
            abc.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3), rs.getBigDecimal(4).stripTrailingZeros()
                    .toPlainString(), rs.getBigDecimal(5) == null ? "-" : rs.getBigDecimal(5).toPlainString()));
        });
        assertThat(abc).containsEntry("P-DISK", List.of("A", "X", "650", "0.000"))
                .containsEntry("Q-CAM", List.of("A", "Y", "270", "0.480"))
                .containsEntry("R-PSU", List.of("B", "Z", "60", "3.464"))
                .containsEntry("S-CABLE", List.of("C", "Z", "20", "3.464"))
                .containsEntry("T-TOOL", List.of("C", "Z", "0", "-"));

        // Coverage = on hand / mean weekly consumption: P 31 / 5 = 6.2 weeks (over 4); Q 100 − 27 = 73 over
        // 27/13 a week = 35.15; R (100 − 6 + 1) / (6/13) = 205.83; T never consumed.
        Map<String, List<Object>> coverage = new HashMap<>();
        jdbc.sql("SELECT sku, coverage_weeks, coverage_band, within_goal, target_weeks FROM mart.stock_coverage")
                .query(rs -> {
                    coverage.put(rs.getString(1), java.util.Arrays.asList(rs.getBigDecimal(2) == null ? null
                            : rs.getBigDecimal(2).toPlainString(), rs.getString(3), rs.getObject(4), rs.getInt(5)));
                });
        assertThat(coverage).containsEntry("P-DISK", java.util.Arrays.asList("6.20", "больше 4 недель", false, 2))
                .containsEntry("Q-CAM", java.util.Arrays.asList("35.15", "больше 4 недель", false, 2))
                .containsEntry("R-PSU", java.util.Arrays.asList("205.83", "больше 4 недель", false, 3))
                .containsEntry("T-TOOL", java.util.Arrays.asList(null, "нет спроса", null, 4))
                .containsEntry("U-FREE", java.util.Arrays.asList("3.00", "2–4 недели", true, 4))
                .containsEntry("V-FREE", java.util.Arrays.asList("1.00", "меньше 2 недель", false, 4));

        // The api reads the classes through the internal endpoint, behind the token.
        var classes = new InternalJobs(port).get("/internal/v1/stock/abc-xyz");
        assertThat(classes.statusCode()).isEqualTo(200);
        var rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(classes.body());
        assertThat(rows.size()).isEqualTo(7);
        assertThat(rows.get(0).get("itemId").asString()).isEqualTo(p.toString());
        assertThat(rows.get(0).get("abcClass").asString()).isEqualTo("A");
        assertThat(rows.get(0).get("xyzClass").asString()).isEqualTo("X");
        var anonymous = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/internal/v1/stock/abc-xyz")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).as("without the internal token").isIn(401, 403);

        var weekly = jdbc.sql("SELECT sum(quantity) FROM mart.stock_consumption_weekly WHERE item_id = :id")
                .param("id", r).query(BigDecimal.class).single();
        assertThat(weekly).isEqualByComparingTo("6");
    }

    private UUID item(String sku, String name, String abc) {
        UUID id = UUID.randomUUID();
        events.add(new StockItemPublished(UUID.randomUUID(), Instant.now().minusSeconds(60), 1, id, sku, name,
                "SPARE_PART", "PCS", false, abc, null));
        onHand.put(id, BigDecimal.ZERO);
        return id;
    }

    private void move(UUID item, String kind, int quantity, Instant at) {
        move(item, kind, quantity, at, "10.0000");
    }

    private void move(UUID item, String kind, int quantity, Instant at, String unitCost) {
        BigDecimal after = onHand.get(item).add(BigDecimal.valueOf(quantity));
        onHand.put(item, after);
        BigDecimal cost = new BigDecimal(unitCost);
        events.add(new StockMovementRecorded(UUID.randomUUID(), at, 1, UUID.randomUUID(), item, central, kind,
                BigDecimal.valueOf(quantity), null, cost, after, cost, null, null, null, null, "warehouse", ++seq));
    }

    /** Noon in Minsk, {@code days} after the given Monday. */
    private static Instant at(LocalDate monday, int days) {
        return monday.plusDays(days).atTime(12, 0).atZone(MINSK).toInstant();
    }

    private static void send(List<DozorEvent> events) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (DozorEvent e : events) {
                producer.send(new ProducerRecord<>(e.topic(), e.aggregateId(), EventJson.write(e)));
            }
            producer.flush();
        }
    }
}
