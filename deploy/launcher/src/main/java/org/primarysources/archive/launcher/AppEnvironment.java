package org.primarysources.archive.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The application's configuration, handed to Payara Micro as environment variables (never on the command line,
 * where every user of the machine could read a password).
 *
 * @param dbUser       null: the application's default
 * @param dbPassword   null: the application's default, or ARCHIVE_DB_PASSWORD from our own environment
 * @param demoPassword set on the first start only: the application then creates the demo accounts with it
 * @param supervisionFile where the launcher writes the state of the servers it supervises
 * @param logFolder       where the transparency log's signing key and the plain file of its checkpoints live, unless
 *                        ARCHIVE_LOG_KEY / ARCHIVE_LOG_CHECKPOINTS in our own environment say otherwise
 * @param localUrl        where this launcher's Payara answers: the archive's public address unless
 *                        ARCHIVE_PUBLIC_URL in our own environment names the one people reach it at
 */
record AppEnvironment(String dbUrl, String dbUser, String dbPassword, List<URI> opensearchUrls, String demoPassword,
                      Path supervisionFile, Path logFolder, URI localUrl) {

    static final List<String> DEMO_ACCOUNTS = List.of("archivist", "editor", "researcher", "admin");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 16;

    static String generatePassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** Turns a copy of our own environment into the application's. */
    void applyTo(Map<String, String> environment) {
        environment.remove("ARCHIVE_PASSWORD"); // the command-line client's login, not the server's business
        environment.remove("ARCHIVE_DEMO_PASSWORD");
        environment.put("ARCHIVE_DB_URL", dbUrl);
        if (dbUser != null) {
            environment.put("ARCHIVE_DB_USER", dbUser);
        }
        if (dbPassword != null) {
            environment.put("ARCHIVE_DB_PASSWORD", dbPassword);
        }
        environment.put("ARCHIVE_OPENSEARCH_URLS",
                opensearchUrls.stream().map(URI::toString).collect(Collectors.joining(",")));
        if (demoPassword != null) {
            environment.put("ARCHIVE_DEMO_PASSWORD", demoPassword);
        }
        environment.put("ARCHIVE_SUPERVISION_FILE", supervisionFile.toString());
        environment.putIfAbsent("ARCHIVE_LOG_KEY", logFolder.resolve(DataDir.LOG_KEY).toString());
        environment.putIfAbsent("ARCHIVE_LOG_CHECKPOINTS", logFolder.resolve(DataDir.LOG_CHECKPOINTS).toString());
        environment.putIfAbsent("ARCHIVE_PUBLIC_URL", localUrl.toString());
    }
}
