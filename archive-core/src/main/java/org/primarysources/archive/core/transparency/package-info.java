/**
 * Transparency: an append-only Merkle log (RFC 9162 hashing and proofs), its checkpoints (C2SP tlog-checkpoint)
 * and the signed notes that carry them (C2SP signed-note, Ed25519). A reader who keeps one signed checkpoint can ask
 * for proof that a record version is in the log and that a later checkpoint extends the one they kept, and can check
 * both with any RFC 9162 and C2SP implementation, not only ours. Plain Java and {@code java.security}: no
 * persistence, no container; storage is the {@link org.primarysources.archive.core.transparency.TreeNodes} port.
 */
package org.primarysources.archive.core.transparency;
