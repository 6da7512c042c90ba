package org.primarysources.archive.core.bagit;

/**
 * The paths of a bag's files: relative to the bag's root, {@code /} between names, no {@code .} or {@code ..}, no
 * empty name, no backslash or NUL. In a manifest (RFC 8493 §2.1.3) a path is written with {@code %} as {@code %25},
 * carriage return as {@code %0D} and line feed as {@code %0A}, so that any file name fits on one line.
 */
public final class BagPaths {

    private BagPaths() {
    }

    /** The path if it is a safe relative path inside the bag; otherwise a {@link BagException} naming it. */
    public static String checked(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            throw new BagException(printable(path), "not a relative path inside the bag");
        }
        for (String name : path.split("/", -1)) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                throw new BagException(printable(path), "not a relative path inside the bag");
            }
        }
        return path;
    }

    /** A path as a manifest line writes it. */
    public static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A path as a manifest line wrote it; a {@code %} that starts none of the three escapes is refused. */
    public static String decode(String manifest, String encoded) {
        StringBuilder path = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c != '%') {
                path.append(c);
                continue;
            }
            String escape = encoded.length() >= i + 3 ? encoded.substring(i, i + 3).toUpperCase(java.util.Locale.ROOT)
                    : "";
            switch (escape) {
                case "%25" -> path.append('%');
                case "%0D" -> path.append('\r');
                case "%0A" -> path.append('\n');
                default -> throw new BagException(manifest, "'" + encoded + "' has a % that is not %25, %0D or %0A");
            }
            i += 2;
        }
        return path.toString();
    }

    /** A path as a message shows it: line breaks escaped as in a manifest. */
    static String printable(String path) {
        return encode(path);
    }
}
