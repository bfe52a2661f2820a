package dozor.streams.sla;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dozor.clocks.Clock;

/**
 * Daily outcome figures of finished clocks, by target (FIRST_RESPONSE, RESOLUTION) or department leg: how many
 * finished, how many in time, and the business time they used (a bounded sample for the percentiles).
 */
final class SlaMetrics {

    /** One day × target bucket. */
    record Bucket(long finished, long met, long usedMillisSum, List<Long> sample) {

        static final int SAMPLE = 500;

        Bucket add(boolean inTime, long usedMillis) {
            List<Long> s = new ArrayList<>(sample);
            s.add(usedMillis);
            if (s.size() > SAMPLE) {
                s = s.subList(s.size() - SAMPLE, s.size());
            }
            return new Bucket(finished + 1, met + (inTime ? 1 : 0), usedMillisSum + usedMillis, s);
        }
    }

    /** A target's figures over a period. */
    record Figures(String target, long finished, long met, double metShare, long meanMillis, long p90Millis) {
    }

    private SlaMetrics() {
    }

    static String group(Clock clock) {
        return clock.taskId() == null ? clock.target() : "LEG:" + clock.department();
    }

    static void record(KeyValueStore<String, String> store, Clock clock, Duration used) {
        String key = SlaClockProcessor.minskDay(clock.stoppedAt()) + "|" + group(clock);
        String json = store.get(key);
        Bucket bucket = json == null ? new Bucket(0, 0, 0, List.of())
                : SlaClockProcessor.JSON.readValue(json, Bucket.class);
        store.put(key, SlaClockProcessor.JSON.writeValueAsString(bucket.add(clock.breachedAt() == null,
                used.toMillis())));
    }

    /** Figures per target over the days from {@code from} to {@code to}, inclusive. */
    static List<Figures> between(ReadOnlyKeyValueStore<String, String> store, LocalDate from, LocalDate to) {
        Map<String, Bucket> merged = new TreeMap<>();
        try (KeyValueIterator<String, String> it = store.range(from + "|", to + "|~")) {
            it.forEachRemaining(kv -> {
                String target = kv.key.substring(kv.key.indexOf('|') + 1);
                Bucket b = SlaClockProcessor.JSON.readValue(kv.value, Bucket.class);
                merged.merge(target, b, (x, y) -> {
                    List<Long> s = new ArrayList<>(x.sample());
                    s.addAll(y.sample());
                    return new Bucket(x.finished() + y.finished(), x.met() + y.met(),
                            x.usedMillisSum() + y.usedMillisSum(), s);
                });
            });
        }
        List<Figures> figures = new ArrayList<>();
        merged.forEach((target, b) -> {
            List<Long> sorted = new ArrayList<>(b.sample());
            sorted.sort(Long::compare);
            long p90 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
            figures.add(new Figures(target, b.finished(), b.met(), b.finished() == 0 ? 0 : (double) b.met() / b.finished(),
                    b.finished() == 0 ? 0 : b.usedMillisSum() / b.finished(), p90));
        });
        return figures;
    }
}
