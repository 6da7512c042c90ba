package org.primarysources.archive.ui.testing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.importing.ImportResult;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.ui.importing.ImportDesk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Imports that remember what they were given; the same file twice is a conflict, as in the archive. */
public final class FakeImportDesk implements ImportDesk {

    private final List<String> calls = new ArrayList<>();
    private final List<String> imported = new ArrayList<>();

    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor) {
        calls.add("import " + fileName + " titled " + title + " in " + language + " by " + actor.name());
        String content = new String(file, java.nio.charset.StandardCharsets.UTF_8);
        if (imported.contains(content)) {
            throw new ConflictException("this file was already imported as import 7 (source 3); nothing was changed");
        }
        imported.add(content);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("clauses", 2);
        counts.put("quotes", 1);
        counts.put("entities", 2);
        return new ImportResult(7, new SourceRef(3, title == null ? "Treaty of Example" : title), 1,
                List.of(10L, 11L, 12L, 13L, 14L, 15L), counts, 3, 12);
    }

    @Override
    public int submit(long importId, Actor actor) {
        calls.add("submit " + importId + " by " + actor.name());
        return 6;
    }
}
