package org.primarysources.archive.launcher;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Uploads a file and shows how far it got on the terminal: {@code Uploading treaty.txt  45% (4.5 of 10.0 MB)}. */
final class UploadProgress {

    private static final long SHOW_FROM = 256 * 1024;

    private final Path file;
    private final PrintWriter terminal;
    private final long size;

    UploadProgress(Path file, PrintWriter terminal) throws IOException {
        this.file = file;
        this.terminal = terminal;
        this.size = Files.size(file);
    }

    HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(this::open), size);
    }

    private InputStream open() {
        try {
            return new FilterInputStream(Files.newInputStream(file)) {
                private long sent;
                private int shown = -1;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        sent += n;
                        show();
                    } else if (n < 0 && size >= SHOW_FROM) {
                        terminal.println();
                        terminal.flush();
                    }
                    return n;
                }

                private void show() {
                    int percent = size == 0 ? 100 : (int) (sent * 100 / size);
                    if (size >= SHOW_FROM && percent != shown) {
                        shown = percent;
                        terminal.printf("\rUploading %s %3d%% (%.1f of %.1f MB)", file.getFileName(), percent,
                                sent / 1e6, size / 1e6);
                        terminal.flush();
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
