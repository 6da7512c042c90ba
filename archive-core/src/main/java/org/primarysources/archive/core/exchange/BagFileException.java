package org.primarysources.archive.core.exchange;

/** A file of the bag that says something the archive cannot take in; the caller knows which file and names it. */
final class BagFileException extends RuntimeException {

    BagFileException(String problem) {
        super(problem);
    }
}
