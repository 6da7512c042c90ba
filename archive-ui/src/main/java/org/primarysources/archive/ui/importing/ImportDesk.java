package org.primarysources.archive.ui.importing;

import org.primarysources.archive.core.account.Actor;
import org.primarysources.archive.core.importing.ImportResult;

/** What the import page asks of the archive: turning an article into drafts, and submitting them for review. */
public interface ImportDesk {

    /** Creates the source and record drafts of an article, all in one step; the same file twice is a conflict. */
    ImportResult importArticle(byte[] file, String fileName, String title, String language, Actor actor);

    /** Submits every draft of the import for review; returns how many moved. */
    int submit(long importId, Actor actor);
}
