package org.primarysources.archive.core.history;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON for hashing: object keys sorted, no insignificant whitespace, strings escaped minimally
 * (only {@code "}, {@code \} and control characters), integers only, {@code null} members left out.
 * The same content always gives the same bytes, so its SHA-256 can be recomputed by anyone (RFC 8785 style).
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Enum<?> constant) {
            string(out, constant.name());
        } else if (value instanceof Map<?, ?> map) {
            object(out, map);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                append(out, item);
                first = false;
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not canonical JSON content: " + value.getClass().getName());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, member) -> {
            if (member != null) {
                sorted.put((String) key, member);
            }
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            string(out, member.getKey());
            out.append(':');
            append(out, member.getValue());
            first = false;
        }
        out.append('}');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
