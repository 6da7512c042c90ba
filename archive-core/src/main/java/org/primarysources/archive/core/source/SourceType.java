package org.primarysources.archive.core.source;

/** What kind of document a source is; each maps to a CSL item type for citing. */
public enum SourceType {
    TREATY("legislation"),
    NEWSPAPER_ARTICLE("article-newspaper"),
    MEMOIR("book"),
    SPEECH("speech"),
    LETTER("personal_communication"),
    MAP("map"),
    ENCYCLOPEDIA_ARTICLE("entry-encyclopedia"),
    BOOK("book"),
    OTHER("document");

    private final String cslType;

    SourceType(String cslType) {
        this.cslType = cslType;
    }

    /** The CSL 1.0.2 item type used when citing a source of this kind. */
    public String cslType() {
        return cslType;
    }
}
