package org.primarysources.archive.core.importing;

/** An import's original file as uploaded: its bytes, media type, name (null if none was given) and SHA-256. */
public record OriginalFile(long importId, byte[] content, String mediaType, String fileName, String sha256) {
}
