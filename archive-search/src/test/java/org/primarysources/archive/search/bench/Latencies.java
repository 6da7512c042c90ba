package org.primarysources.archive.search.bench;

import java.util.Arrays;
import java.util.Locale;

/** Response times of one kind of request, in nanoseconds, and their percentiles (nearest rank). */
final class Latencies {

    private final String name;
    private long[] nanos = new long[1024];
    private int count;

    Latencies(String name) {
        this.name = name;
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    String name() {
        return name;
    }

    int count() {
        return count;
    }

    /** The p-th percentile in milliseconds, p in (0, 100]. */
    double percentile(double p) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double mean() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return sum / 1e6 / count;
    }

    String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |", name, count, percentile(50),
                percentile(90), percentile(99), percentile(100), mean());
    }

    static String header() {
        return "| what | requests | p50 ms | p90 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|---:|";
    }
}
