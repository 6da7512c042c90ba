package org.primarysources.archive.core.harvesting;

import java.util.Set;

/**
 * The six OAI-PMH requests and the arguments each takes: those it requires, those it allows besides, and whether a
 * {@code resumptionToken} may stand alone instead of them.
 */
enum Verb {
    IDENTIFY("Identify", Set.of(), Set.of(), false),
    LIST_METADATA_FORMATS("ListMetadataFormats", Set.of(), Set.of("identifier"), false),
    LIST_SETS("ListSets", Set.of(), Set.of(), true),
    GET_RECORD("GetRecord", Set.of("identifier", "metadataPrefix"), Set.of(), false),
    LIST_IDENTIFIERS("ListIdentifiers", Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    LIST_RECORDS("ListRecords", Set.of("metadataPrefix"), Set.of("from", "until", "set"), true);

    static final String RESUMPTION_TOKEN = "resumptionToken";

    private final String protocolName;
    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    Verb(String protocolName, Set<String> required, Set<String> optional, boolean resumable) {
        this.protocolName = protocolName;
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    String protocolName() {
        return protocolName;
    }

    Set<String> required() {
        return required;
    }

    boolean allows(String argument) {
        return required.contains(argument) || optional.contains(argument)
                || resumable && RESUMPTION_TOKEN.equals(argument);
    }

    boolean resumable() {
        return resumable;
    }
}
