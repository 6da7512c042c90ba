package org.primarysources.archive.core.bagit;

/** A bag that is not a valid, complete and intact bag; {@link #file()} names the file that is wrong. */
public final class BagException extends RuntimeException {

    private final String file;

    public BagException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** The bag's file at fault, relative to the bag's root ({@code data/records/3/1.json}, {@code bagit.txt}). */
    public String file() {
        return file;
    }
}
