package org.primarysources.archive.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time (user + system) the benchmark JVM, the PostgreSQL server and the OpenSearch node have used, read from
 * {@code /proc}: what an indexing run costs the machine, which other work on a shared machine does not change as much
 * as it changes the run's wall-clock time.
 */
final class CpuTime {

    /** Linux reports CPU times in USER_HZ ticks, 100 a second on every architecture the archive runs on. */
    private static final double TICKS_PER_SECOND = 100;
    /** Fields after the command's closing parenthesis in /proc/PID/stat: state is field 3, utime field 14. */
    private static final int PPID = 4 - 3;
    private static final int UTIME = 14 - 3;

    private final long jvm;
    private final long postgres;
    private final long search;

    /** Watches this JVM, the server tree under {@code postmaster} (backends included) and the node's tree. */
    CpuTime(long postmaster, long searchNode) {
        this.jvm = ProcessHandle.current().pid();
        this.postgres = postmaster;
        this.search = searchNode;
    }

    /**
     * Seconds used so far: this JVM's own (the OpenSearch node is its child, counted apart), and PostgreSQL's and
     * OpenSearch's each with its children, finished or running.
     */
    Sample sample() {
        double own;
        try {
            own = ticks(jvm, false) / TICKS_PER_SECOND;
        } catch (IOException e) {
            own = Double.NaN;
        }
        return new Sample(own, seconds(postgres), seconds(search));
    }

    /** The parent of a process (the postmaster of a backend), if /proc shows it: the database is on this machine. */
    static OptionalLong parentOf(long pid) {
        try {
            return OptionalLong.of(Long.parseLong(stat(pid).get(PPID)));
        } catch (IOException | RuntimeException notHere) {
            return OptionalLong.empty();
        }
    }

    /** Seconds of CPU: the process's own, its reaped children's, and those of its running descendants. */
    static double seconds(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try (Stream<ProcessHandle> descendants = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)) {
            long ticks = ticks(pid, true);
            for (ProcessHandle descendant : descendants.toList()) {
                ticks += ticks(descendant.pid(), true);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException e) {
            return Double.NaN;
        }
    }

    /**
     * utime + stime, and with {@code reapedChildren} cutime + cstime; 0 for a process that ended meanwhile (its
     * parent's cutime has it).
     */
    private static long ticks(long pid, boolean reapedChildren) throws IOException {
        try {
            List<String> fields = stat(pid);
            long sum = 0;
            for (int i = UTIME; i < UTIME + (reapedChildren ? 4 : 2); i++) {
                sum += Long.parseLong(fields.get(i));
            }
            return sum;
        } catch (NoSuchFileException ended) {
            return 0;
        }
    }

    private static List<String> stat(long pid) throws IOException {
        String stat = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "stat")),
                StandardCharsets.US_ASCII);
        return List.of(stat.substring(stat.lastIndexOf(')') + 2).strip().split(" "));
    }

    /** CPU seconds used by the benchmark JVM, PostgreSQL and OpenSearch up to one moment (NaN: not measurable). */
    record Sample(double jvm, double postgres, double search) {

        Sample minus(Sample earlier) {
            return new Sample(jvm - earlier.jvm, postgres - earlier.postgres, search - earlier.search);
        }

        double total() {
            return jvm + postgres + search;
        }
    }
}
