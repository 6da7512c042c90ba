package org.primarysources.archive.core.harvesting;

/**
 * An OAI-PMH error condition: answered with HTTP 200 and an {@code error} element whose {@code code} is the
 * protocol's name for it. {@code noSetHierarchy} never applies: the archive has sets.
 */
enum OaiError {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch"),
    NO_METADATA_FORMATS("noMetadataFormats");

    private final String code;

    OaiError(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** This error, with what the harvester should read about it. */
    OaiException because(String message) {
        return new OaiException(this, message);
    }

    /** A request that cannot be answered: the error element says why. */
    static final class OaiException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final OaiError error;

        OaiException(OaiError error, String message) {
            super(message, null, false, false);
            this.error = error;
        }

        OaiError error() {
            return error;
        }
    }
}
