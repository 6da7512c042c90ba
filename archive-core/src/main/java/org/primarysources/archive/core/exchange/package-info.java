/**
 * Handing the archive on: the whole archive, or one source with its records, as a BagIt bag another archive can
 * check and take in — every version with its hashes, the import originals, PROV-O and the transparency log.
 */
package org.primarysources.archive.core.exchange;
