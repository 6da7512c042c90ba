package org.primarysources.archive.core.bench;

import java.util.Arrays;

/** The benchmarks' command-line options ({@code --name=value}) and their statistics. */
final class BenchOptions {

    private BenchOptions() {
    }

    static int option(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }

    static double median(double[] values) {
        return percentile(values, 50);
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (percent == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }
}
