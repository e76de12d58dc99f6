package dev.depot.server.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Samples of a duration, and their percentiles (nearest rank). */
public final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    public void add(Duration sample) {
        nanos.add(sample.toNanos());
    }

    public void addNanos(long sample) {
        nanos.add(sample);
    }

    public int count() {
        return nanos.size();
    }

    /** The sample at this percentile, in milliseconds. */
    public double percentileMillis(double percentile) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }
}
