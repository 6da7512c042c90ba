package org.primarysources.archive.localprocess;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of a server's log, for an error message that says why it did not start. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** The last {@code maxLines} lines of a (possibly large) log file, or a note that there is none. */
    public static String of(Path file, int maxLines) {
        try {
            if (!Files.isRegularFile(file)) {
                return "(no " + file + ")";
            }
            long size = Files.size(file);
            int chunk = (int) Math.min(size, MAX_BYTES);
            byte[] bytes = new byte[chunk];
            try (SeekableByteChannel channel = Files.newByteChannel(file)) {
                channel.position(size - chunk);
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                    // keep reading
                }
            }
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
        } catch (IOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
