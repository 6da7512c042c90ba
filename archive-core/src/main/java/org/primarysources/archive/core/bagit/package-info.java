/**
 * BagIt (RFC 8493): how an archive hands its content to another as a bag — a payload under {@code data/}, a
 * SHA-512 manifest of every payload file, the tag files that describe the bag — written as a zip stream, read from a
 * zip or a folder, and verified file by file before anything is taken from it. Plain Java: the launcher carries it.
 */
package org.primarysources.archive.core.bagit;
