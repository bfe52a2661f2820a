package dozor.streams.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dozor.embedded.EmbeddedKafkaServer;
import dozor.embedded.FreePorts;
import dozor.embedded.SharedEmbeddedServers;
import dozor.events.DozorEvent;
import dozor.events.Topics;
import dozor.streams.BrokerTopics;
import dozor.events.stock.StockMovementRecorded;
import dozor.events.stock.StockReorderPointChanged;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The stock topology on a real broker with exactly-once processing, including a restart of the app. */
class StockStreamsIntegrationTests {

    static EmbeddedKafkaServer kafka;

    static Path stateDir;

    @BeforeAll
    static void broker() throws Exception {
        kafka = EmbeddedKafkaServer.start(Files.createTempDirectory("stock-kafka"), FreePorts.any());
        stateDir = Files.createTempDirectory("stock-state");
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
        SharedEmbeddedServers.deleteQuietly(kafka.logDirectory());
        SharedEmbeddedServers.deleteQuietly(stateDir);
    }

    final UUID item = UUID.randomUUID();

    final UUID warehouse = UUID.randomUUID();

    long seq;

    StockStreams newApp() {
        return new StockStreams(new SimpleMeterRegistry(), kafka.bootstrapServers(), stateDir);
    }

    StockMovementRecorded movement(String kind, String quantity) {
        return new StockMovementRecorded(UUID.randomUUID(), Instant.now(), 1, UUID.randomUUID(), item, warehouse,
                kind, new BigDecimal(quantity), null, BigDecimal.ONE, null, null, null, null, null,
                kind.equals("WRITE_OFF") ? "Брак" : null, "warehouse", ++seq);
    }

    @Test
    void keepsEveryRowOnceAndAlertsOnceAcrossARestart() throws Exception {
        StockStreams app = newApp();
        app.start();
        var receipt = movement("RECEIPT", "10");
        var issue = movement("ISSUE_TO_WORK", "-7");
        try {
            send(receipt, new StockReorderPointChanged(UUID.randomUUID(), Instant.now(), 1, item, warehouse,
                    new BigDecimal("5"), "MANUAL", "warehouse"), issue, receipt);
            await().atMost(Duration.ofSeconds(60)).until(() -> app.state() == KafkaStreams.State.RUNNING
                    && level(app) != null && level(app).appliedSeq() == issue.seq());
            assertThat(level(app).onHand()).isEqualByComparingTo("3");
            assertThat(app.levels(item, null)).extracting(StockLevel::warehouseId).containsExactly(warehouse);
            assertThat(app.levels(null, warehouse)).extracting(StockLevel::itemId).containsExactly(item);
            assertThat(app.levels(null, null)).extracting(StockLevel::itemId).contains(item);
            assertThat(app.levels(UUID.randomUUID(), null)).isEmpty();
            assertThat(app.alerts()).extracting(StockLevel::itemId).contains(item);
        }
        finally {
            app.stop();
        }

        StockStreams restarted = newApp();
        restarted.start();
        try {
            var more = movement("RECEIPT", "1");
            send(issue, more, more); // the relay may deliver again what the app had already applied
            await().atMost(Duration.ofSeconds(60)).until(() -> restarted.state() == KafkaStreams.State.RUNNING
                    && level(restarted) != null && level(restarted).appliedSeq() == more.seq());
            assertThat(level(restarted).onHand()).as("10 − 7 + 1, each once").isEqualByComparingTo("4");
            assertThat(level(restarted).consumed28Days()).isEqualByComparingTo("7");
            assertThat(level(restarted).low()).isTrue();
            await().atMost(Duration.ofSeconds(30)).until(StockStreamsIntegrationTests::inputFullyProcessed);
            assertThat(alerts()).filteredOn(e -> e.aggregateId().equals(item.toString()))
                    .extracting(DozorEvent::type).as("raised once, not again after the restart")
                    .containsExactly("StockLowAlert");
        }
        finally {
            restarted.stop();
        }
    }

    StockLevel level(StockStreams app) {
        try {
            List<StockLevel> rows = app.levels(item, warehouse);
            return rows.isEmpty() ? null : rows.get(0);
        }
        catch (IllegalStateException notReady) {
            return null;
        }
    }

    private static void send(DozorEvent... events) throws Exception {
        BrokerTopics.send(kafka.bootstrapServers(), Topics.STOCK, events);
    }

    private static boolean inputFullyProcessed() throws Exception {
        return BrokerTopics.fullyProcessed(kafka.bootstrapServers(), StockTopology.APPLICATION_ID, Topics.STOCK);
    }

    private static List<DozorEvent> alerts() {
        return BrokerTopics.readAll(kafka.bootstrapServers(), Topics.STOCK_ALERTS);
    }
}
