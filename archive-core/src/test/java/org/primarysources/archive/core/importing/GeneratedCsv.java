package org.primarysources.archive.core.importing;

import org.primarysources.archive.core.history.Activity;
import org.primarysources.archive.core.platform.TestDatabase;
import org.primarysources.archive.core.record.RecordPublished;
import org.primarysources.archive.core.source.PublishSource;
import org.primarysources.archive.core.source.SourceContent;
import org.primarysources.archive.core.source.SourceType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;

/** CSV import files made up for tests and the benchmark, and the published source their rows cite. */
public final class GeneratedCsv {

    public static final String TITLE = "Treaty of Example";
    public static final String TRANSCRIPTION = """
            Treaty of Example
            Article I. The Vilnius Region is transferred to Lithuania.
            Article II. Both parties render each other assistance against attacks.
            Urbšys said: "We accept this treaty, reluctantly."
            """;
    public static final String HEADER = "kind,label,text,source,locator label,locator value,quoted text,speaker,"
            + "date,language,translation,translation language\n";

    private GeneratedCsv() {
    }

    /** Publishes the source {@link #TITLE} with {@link #TRANSCRIPTION}; returns its id. */
    public static long publishSource(TestDatabase db, List<RecordPublished> events) {
        return ImportsWiring.in(db, events, s -> {
            long id = s.sources().open();
            s.sources().publish(new PublishSource(id, 0, new SourceContent(TITLE, SourceType.TREATY, null,
                    List.of("en"), null, null, null, null, null, TRANSCRIPTION), Activity.IMPORT, "archivist",
                    "editor", null, null));
            return id;
        });
    }

    /**
     * Clauses of {@link #TITLE}, every tenth citing its transcription (verified); the lines {@code bad} names
     * misquote it. {@code salt} makes files of the same rows differ (a file is imported once).
     */
    public static byte[] clauses(int rows, IntPredicate bad, String salt) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int row = 1; row <= rows; row++) {
            int line = row + 1;
            String quoted = bad.test(line) ? "The Vilnius Region is given away"
                    : row % 10 == 0 ? "The Vilnius Region is transferred to Lithuania." : "";
            csv.append("clause,Article ").append(row).append(",Generated clause number ").append(row).append(salt)
                    .append(',').append(TITLE).append(quoted.isEmpty() ? ",," : ",article-locator,I")
                    .append(',').append(quoted).append(",,1939-10-10,en,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
