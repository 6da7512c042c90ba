/**
 * The archive's transparency log: every published version of a source or record, appended in commit order to a
 * Merkle tree ({@link org.primarysources.archive.core.transparency}), with signed checkpoints that anyone can keep
 * and later hold the archive to. The entries are appended inside the publishing transaction ({@link PublicationLog}),
 * signed by {@link Checkpointer}, served by {@link LogResource}, and recomputed by the audit ({@link LogAudit}).
 */
package org.primarysources.archive.core.publicationlog;
