package org.primarysources.archive.localprocess;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The options of a build's start/stop command ({@code start --name=value --flag}): what the parent pom's exec
 * executions pass to LocalOpenSearchMain and LocalPostgresMain.
 */
public final class MainOptions {

    private final String command;
    private final Map<String, String> values;

    private MainOptions(String command, Map<String, String> values) {
        this.command = command;
        this.values = values;
    }

    /**
     * @param args    the command, then its options
     * @param valued  names given as {@code --name=value}
     * @param flags   names given as {@code --name} alone
     * @throws IllegalArgumentException for an option of another shape or name
     */
    public static MainOptions parse(String[] args, Set<String> valued, Set<String> flags) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, eq < 0 ? arg.length() : eq) : "";
            if (eq < 0 && flags.contains(name)) {
                values.put(name, "true");
                continue;
            }
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            if (!valued.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + " for " + args[0]);
            }
            values.put(name, arg.substring(eq + 1));
        }
        return new MainOptions(args[0], values);
    }

    public String command() {
        return command;
    }

    /** @throws IllegalArgumentException if the option is missing or blank */
    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }

    public String get(String name, String orElse) {
        return values.getOrDefault(name, orElse);
    }

    public boolean flag(String name) {
        return values.containsKey(name);
    }
}
