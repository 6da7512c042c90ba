package org.primarysources.archive.core.parsing.bench;

import org.primarysources.archive.core.parsing.EncyclopediaArticleParser;
import org.primarysources.archive.core.parsing.ParsedArticle;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the article parser takes per megabyte of scraped text (a benchmark, not a test: nothing asserts a time).
 * Parses every fixture article under {@code /importing/} on one thread, first {@code warmup} rounds unmeasured, then
 * {@code rounds} measured rounds, and prints per article and in all: bytes, rounds, CPU time per parse and MB/s of
 * UTF-8 input per CPU second. It fails only if an article stops parsing or its result changes between rounds.
 *
 * <pre>bench/run-parse-benchmark.sh [--rounds=200] [--warmup=50]</pre>
 */
public final class ParseBenchmark {

    private static final List<String> ARTICLES = List.of(
            "seed-soviet-lithuanian-treaty.txt", "peace-of-riga.txt", "de-beistandspakt-estland.txt",
            "pl-umowa-suwalska.txt", "lt-maskvos-taikos-sutartis.txt", "fr-traite-de-tartu.txt",
            "ru-rizhskij-dogovor-latvija.txt");

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = option(args, "rounds", 200);
        int warmup = option(args, "warmup", 50);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        lines.add("| article | bytes (UTF-8) | parses | ms CPU per parse | MB/s per CPU second |");
        lines.add("|---|---:|---:|---:|---:|");
        long allBytes = 0;
        long allNanos = 0;
        for (String name : ARTICLES) {
            byte[] bytes = article(name);
            String text = new String(bytes, StandardCharsets.UTF_8);
            ParsedArticle first = EncyclopediaArticleParser.parse(text, null, null);
            for (int i = 0; i < warmup; i++) {
                EncyclopediaArticleParser.parse(text, null, null);
            }
            long started = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < rounds; i++) {
                ParsedArticle again = EncyclopediaArticleParser.parse(text, null, null);
                if (!again.equals(first)) {
                    throw new IllegalStateException(name + " parsed differently in round " + i);
                }
            }
            long nanos = threads.getCurrentThreadCpuTime() - started;
            allBytes += (long) bytes.length * rounds;
            allNanos += nanos;
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %.2f |", name, bytes.length, rounds,
                    nanos / 1e6 / rounds, mbPerSecond((long) bytes.length * rounds, nanos)));
        }
        lines.add(String.format(Locale.ROOT, "| **all** | %,d | %,d | | **%.2f** |", allBytes / rounds,
                rounds * ARTICLES.size(), mbPerSecond(allBytes, allNanos)));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%d warm-up rounds, then %d measured; one thread; %s %s; load average"
                        + " at the end %.2f", warmup, rounds, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage()));
        lines.forEach(System.out::println);
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static byte[] article(String name) throws IOException {
        try (InputStream in = ParseBenchmark.class.getResourceAsStream("/importing/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture /importing/" + name);
            }
            return in.readAllBytes();
        }
    }

    private static int option(String[] args, String name, int fallback) {
        for (String arg : args) {
            if (arg.startsWith("--" + name + "=")) {
                return Integer.parseInt(arg.substring(name.length() + 3));
            }
        }
        return fallback;
    }
}
