package dozor.streams.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dozor.events.DozorEvent;
import dozor.events.EventJson;
import dozor.events.Topics;
import dozor.events.stock.StockDemandRaised;
import dozor.events.stock.StockLowAlert;
import dozor.events.stock.StockLowAlertCleared;
import dozor.events.stock.StockMovementRecorded;
import dozor.events.stock.StockReorderPointChanged;
import dozor.events.stock.StockReservationClosed;
import dozor.events.stock.StockReserved;

/** The live stock topology with explicit event times. */
class StockTopologyTests {

    static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");

    final UUID item = UUID.randomUUID();

    final UUID central = UUID.randomUUID();

    final UUID van = UUID.randomUUID();

    long seq;

    TopologyTestDriver driver;

    TestInputTopic<String, String> stock;

    TestOutputTopic<String, String> alerts;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stock-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(StockTopology.build(new StreamsBuilder()), props, T0);
        stock = driver.createInputTopic(Topics.STOCK, new StringSerializer(), new StringSerializer());
        alerts = driver.createOutputTopic(Topics.STOCK_ALERTS, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    StockMovementRecorded movement(UUID warehouse, String kind, String quantity, Instant at) {
        return new StockMovementRecorded(UUID.randomUUID(), at, 1, UUID.randomUUID(), item, warehouse, kind,
                new BigDecimal(quantity), null, BigDecimal.TEN, null, null, null, null, null, null, "warehouse",
                ++seq);
    }

    StockReserved reserved(UUID reservation, String quantity, Instant at) {
        return new StockReserved(UUID.randomUUID(), at, 1, reservation, item, central, new BigDecimal(quantity), null,
                null, "engineer");
    }

    StockReservationClosed closed(UUID reservation, String quantity, String outcome, Instant at) {
        return new StockReservationClosed(UUID.randomUUID(), at, 1, reservation, item, central,
                new BigDecimal(quantity), outcome, "warehouse");
    }

    StockReorderPointChanged point(String quantity, Instant at) {
        return new StockReorderPointChanged(UUID.randomUUID(), at, 1, item, central, new BigDecimal(quantity),
                "MANUAL", "warehouse");
    }

    void pipe(DozorEvent... events) {
        for (DozorEvent e : events) {
            stock.pipeInput(e.aggregateId(), EventJson.write(e), e.occurredAt());
        }
    }

    StockLevel level(UUID warehouse) {
        String json = driver.<String, String>getKeyValueStore(StockTopology.ROWS).get(StockRow.key(item, warehouse));
        assertThat(json).as("row of " + warehouse).isNotNull();
        return StockLevel.of(StockLevelProcessor.JSON.readValue(json, StockRow.class));
    }

    List<DozorEvent> alertsOut() {
        return alerts.readValuesToList().stream().map(EventJson::read).toList();
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    @Test
    void movementsKeepOnHandPerItemAndWarehouse() {
        pipe(movement(central, "RECEIPT", "10", T0), movement(van, "RECEIPT", "2.5", T0.plusSeconds(1)),
                movement(central, "ISSUE_TO_WORK", "-3", T0.plusSeconds(2)),
                movement(central, "TRANSFER_OUT", "-1", T0.plusSeconds(3)));

        assertThat(level(central).onHand()).isEqualByComparingTo("6");
        assertThat(level(central).available()).isEqualByComparingTo("6");
        assertThat(level(central).appliedSeq()).isEqualTo(4);
        assertThat(level(central).lastMovementAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(level(van).onHand()).isEqualByComparingTo("2.5");
        assertThat(level(van).appliedSeq()).isEqualTo(2);
    }

    @Test
    void reservationsTakeFromAvailableUntilIssuedOrReleased() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        pipe(movement(central, "RECEIPT", "10", T0), reserved(first, "4", T0.plusSeconds(1)),
                reserved(second, "2", T0.plusSeconds(2)));
        assertThat(level(central).reserved()).isEqualByComparingTo("6");
        assertThat(level(central).available()).isEqualByComparingTo("4");

        // The api closes an issued reservation before it posts the issue (one transaction, that order).
        pipe(closed(first, "4", "ISSUED", T0.plusSeconds(3)), movement(central, "ISSUE_TO_WORK", "-4",
                T0.plusSeconds(3)), closed(second, "2", "RELEASED", T0.plusSeconds(4)));
        assertThat(level(central).onHand()).isEqualByComparingTo("6");
        assertThat(level(central).reserved()).isEqualByComparingTo("0");
        assertThat(level(central).available()).isEqualByComparingTo("6");
    }

    @Test
    void aRedeliveredEventCountsOnce() {
        var receipt = movement(central, "RECEIPT", "10", T0);
        UUID reservation = UUID.randomUUID();
        var reserve = reserved(reservation, "3", T0.plusSeconds(1));
        var release = closed(reservation, "3", "RELEASED", T0.plusSeconds(2));
        var issue = movement(central, "ISSUE_TO_WORK", "-2", T0.plusSeconds(3));
        pipe(receipt, reserve, receipt, reserve, release, issue);
        // The relay re-sends a batch it had not marked as sent: every event again, in order.
        pipe(receipt, reserve, release, issue);
        // A copy of an old movement with a new event id (written twice) is still the same ledger line.
        pipe(new StockMovementRecorded(UUID.randomUUID(), receipt.occurredAt(), 1, receipt.movementId(), item,
                central, "RECEIPT", receipt.quantity(), null, BigDecimal.TEN, null, null, null, null, null, null,
                "warehouse", receipt.seq()));

        assertThat(level(central).onHand()).isEqualByComparingTo("8");
        assertThat(level(central).reserved()).isEqualByComparingTo("0");
        assertThat(level(central).consumed28Days()).isEqualByComparingTo("2");
        assertThat(level(central).appliedSeq()).isEqualTo(issue.seq());
    }

    @Test
    void eventsThatAreNotPerWarehouseAreIgnored() {
        pipe(new StockDemandRaised(UUID.randomUUID(), T0, 1, UUID.randomUUID(), item, null, BigDecimal.ONE, null,
                null, "engineer"));
        assertThat(driver.<String, String>getKeyValueStore(StockTopology.ROWS).approximateNumEntries()).isZero();
    }

    @Test
    void alertsWhenAvailableFallsBelowTheReorderPointAndClearsWhenItRecovers() {
        pipe(movement(central, "RECEIPT", "10", T0), point("5", T0.plusSeconds(1)));
        assertThat(alertsOut()).as("10 available, point 5").isEmpty();

        var issue = movement(central, "ISSUE_TO_WORK", "-6", T0.plusSeconds(2));
        pipe(issue);
        List<DozorEvent> raised = alertsOut();
        assertThat(raised).hasSize(1);
        StockLowAlert alert = (StockLowAlert) raised.get(0);
        assertThat(alert.itemId()).isEqualTo(item);
        assertThat(alert.warehouseId()).isEqualTo(central);
        assertThat(alert.available()).isEqualByComparingTo("4");
        assertThat(alert.reorderPoint()).isEqualByComparingTo("5");
        assertThat(alert.occurredAt()).isEqualTo(issue.occurredAt());
        assertThat(level(central).low()).isTrue();
        assertThat(level(central).lowSince()).isEqualTo(issue.occurredAt());

        pipe(movement(central, "WRITE_OFF", "-1", T0.plusSeconds(3)), reserved(UUID.randomUUID(), "1",
                T0.plusSeconds(4)));
        assertThat(alertsOut()).as("still low: no second alert").isEmpty();

        pipe(movement(central, "RECEIPT", "2", T0.plusSeconds(5)));
        assertThat(alertsOut()).as("on hand 5 = point, but 1 is reserved: available 4").isEmpty();
        pipe(movement(central, "RECEIPT", "1", T0.plusSeconds(6)));
        List<DozorEvent> cleared = alertsOut();
        assertThat(cleared).hasSize(1).first().isInstanceOf(StockLowAlertCleared.class);
        assertThat(((StockLowAlertCleared) cleared.get(0)).available()).isEqualByComparingTo("5");
        assertThat(((StockLowAlertCleared) cleared.get(0)).raisedAt()).isEqualTo(issue.occurredAt());
        assertThat(level(central).low()).isFalse();

        // Raising the point above what is available raises the alert as well.
        pipe(point("8", T0.plusSeconds(7)));
        assertThat(alertsOut()).hasSize(1).first().isInstanceOf(StockLowAlert.class);
    }

    @Test
    void aPointSetWhereNothingIsAvailableAlertsAtOnce() {
        pipe(point("2", T0));
        assertThat(alertsOut()).hasSize(1).first().isInstanceOf(StockLowAlert.class);
        assertThat(level(central).onHand()).isEqualByComparingTo("0");
    }

    @Test
    void anOlderReorderPointDeliveredLateDoesNotWin() {
        var older = point("3", T0);
        var newer = point("7", T0.plusSeconds(60));
        pipe(newer, older);
        assertThat(level(central).reorderPoint()).isEqualByComparingTo("7");
    }

    @Test
    void coverageIsAvailableOverTheWeeklyConsumptionOfTheLast28Days() {
        pipe(movement(central, "RECEIPT", "100", T0));
        assertThat(level(central).coverageWeeks()).as("nothing consumed: infinite").isNull();

        pipe(movement(central, "ISSUE_TO_WORK", "-7", T0.plus(Duration.ofDays(1))),
                movement(central, "SHIPMENT", "-7", T0.plus(Duration.ofDays(10))),
                movement(central, "WRITE_OFF", "-14", T0.plus(Duration.ofDays(20))),
                // not consumption: stock moved elsewhere, or came back
                movement(central, "TRANSFER_OUT", "-10", T0.plus(Duration.ofDays(21))),
                movement(central, "ADJUSTMENT_SHORTAGE", "-2", T0.plus(Duration.ofDays(21))));
        StockLevel level = level(central);
        assertThat(level.consumed28Days()).isEqualByComparingTo("28");
        assertThat(level.weeklyConsumption()).isEqualByComparingTo("7");
        assertThat(level.available()).isEqualByComparingTo("60");
        assertThat(level.coverageWeeks()).isEqualByComparingTo("8.57");

        // Day 40: the window is days 13..40; only the write-off of day 20 is in it.
        pipe(movement(central, "RECEIPT", "3", T0.plus(Duration.ofDays(40))));
        level = level(central);
        assertThat(level.consumed28Days()).isEqualByComparingTo("14");
        assertThat(level.weeklyConsumption()).isEqualByComparingTo("3.5");
        assertThat(level.coverageWeeks()).isEqualByComparingTo("18.00");

        pipe(movement(central, "RECEIPT", "1", T0.plus(Duration.ofDays(60))));
        assertThat(level(central).coverageWeeks()).as("consumption aged out of the window").isNull();
    }
}
