package org.primarysources.archive.localsearch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Moved to {@link org.primarysources.archive.localprocess.ProcessTree} (module archive-local-process); this
 * forwarder keeps the launcher compiling until it imports that class, and goes then.
 *
 * @deprecated use {@link org.primarysources.archive.localprocess.ProcessTree}
 */
@Deprecated(forRemoval = true)
public final class ProcessTree {

    private ProcessTree() {
    }

    /** @see org.primarysources.archive.localprocess.ProcessTree#stop */
    public static boolean stop(ProcessHandle process, Duration grace) {
        return org.primarysources.archive.localprocess.ProcessTree.stop(process, grace);
    }

    /** @see org.primarysources.archive.localprocess.ProcessTree#stopLeftover */
    public static Optional<ProcessHandle> stopLeftover(Path pidFile, String marker, Duration grace) throws IOException {
        return org.primarysources.archive.localprocess.ProcessTree.stopLeftover(pidFile, marker, grace);
    }
}
