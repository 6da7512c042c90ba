package org.primarysources.archive.core.record;

import org.primarysources.archive.core.error.InvalidInputException;

import java.util.List;

/** A person, place or organisation a source names: its name, other names, type and a short description. */
public record EntityContent(long sourceId, String name, List<String> alternativeNames, EntityType entityType,
                            String text, String language, List<CitationInput> citations) implements RecordContent {

    public EntityContent {
        ContentRules.requireText(text);
        text = text.strip();
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "an entity needs a name");
        }
        ContentRules.requireShort("name", name);
        ContentRules.requireShort("language", language);
        alternativeNames = alternativeNames == null ? List.of() : List.copyOf(alternativeNames);
        citations = ContentRules.citations(citations);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ENTITY;
    }
}
