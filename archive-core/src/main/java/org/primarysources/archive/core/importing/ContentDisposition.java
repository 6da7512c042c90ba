package org.primarysources.archive.core.importing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code Content-Disposition: attachment} header value naming a file (RFC 6266, with an RFC 8187 UTF-8 form). */
final class ContentDisposition {

    private ContentDisposition() {
    }

    /** Names the download {@code fileName}, else {@code fallback}; characters outside ASCII only in the UTF-8 form. */
    static String attachment(String fileName, String fallback) {
        String name = fileName == null || fileName.isBlank() ? fallback : fileName.strip();
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
