package dozor.bench;

import java.util.Arrays;

/** Latencies of one measured phase, with its wall time: throughput and percentiles. */
record Latencies(long[] nanos, long wallNanos) {

    /** Two measured phases as one: their calls together over their summed wall time. */
    static Latencies join(Latencies a, Latencies b) {
        if (a == null) {
            return b;
        }
        long[] nanos = Arrays.copyOf(a.nanos, a.nanos.length + b.nanos.length);
        System.arraycopy(b.nanos, 0, nanos, a.nanos.length, b.nanos.length);
        return new Latencies(nanos, a.wallNanos + b.wallNanos);
    }

    double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    double percentileMillis(double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    String describe() {
        return String.format("%8.0f /s   p50 %6.2f ms   p99 %6.2f ms   (%d in %.1f s)", perSecond(),
                percentileMillis(50), percentileMillis(99), nanos.length, wallNanos / 1e9);
    }
}
