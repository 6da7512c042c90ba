package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.primarysources.archive.core.importing.OriginalFile;

import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

/**
 * A link that downloads an import's original file, byte for byte, under its own name and media type; the bytes are
 * read only when the link is followed.
 */
public final class OriginalFileLink {

    private OriginalFileLink() {
    }

    public static Anchor of(long importId, LongFunction<OriginalFile> originals) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> {
            OriginalFile original = originals.apply(importId);
            String name = original.fileName() == null || original.fileName().isBlank()
                    ? "import-" + importId : original.fileName();
            return new DownloadResponse(new ByteArrayInputStream(original.content()), name, original.mediaType(),
                    original.content().length);
        }), "Download the original file of import " + importId);
        link.addClassName("archive-original-file");
        return link;
    }
}
