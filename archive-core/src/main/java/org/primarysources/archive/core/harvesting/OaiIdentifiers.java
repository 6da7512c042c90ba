package org.primarysources.archive.core.harvesting;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names harvesters know the archive's items by, in the {@code oai} scheme under the host of the archive's
 * public address: {@code oai:archive.example.org:record/58}, {@code oai:archive.example.org:source/3}. They last as
 * long as the public address does.
 */
final class OaiIdentifiers {

    private static final Pattern ITEM = Pattern.compile("(record|source)/([1-9][0-9]{0,18})");

    private final String prefix;

    OaiIdentifiers(String host) {
        this.prefix = "oai:" + host.toLowerCase(Locale.ROOT) + ":";
    }

    String of(ItemType type, long id) {
        return prefix + type.name().toLowerCase(Locale.ROOT) + "/" + id;
    }

    /** The item an identifier names, if it is one of this archive's identifiers at all. */
    Optional<Item> parse(String identifier) {
        if (!identifier.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher item = ITEM.matcher(identifier.substring(prefix.length()));
        if (!item.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Item(ItemType.valueOf(item.group(1).toUpperCase(Locale.ROOT)),
                    Long.parseLong(item.group(2))));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** An item by type and id. */
    record Item(ItemType type, long id) {
    }
}
