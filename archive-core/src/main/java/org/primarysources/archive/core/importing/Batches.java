package org.primarysources.archive.core.importing;

import jakarta.persistence.EntityManager;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.NotFoundException;

/** What every kind of import does with its batch: refuse a file imported before, keep the original, find it. */
final class Batches {

    private Batches() {
    }

    /** A conflict when a file with this SHA-256 was imported before; nothing is written. */
    static void refuseEarlier(EntityManager em, String sha256) {
        em.createQuery("select b from ImportBatch b where b.fileSha256 = :sha", ImportBatch.class)
                .setParameter("sha", sha256).getResultStream().findFirst().ifPresent(batch -> {
                    throw new ConflictException("this file was already imported as import " + batch.id()
                            + (batch.sourceId() == null ? "" : " (source " + batch.sourceId() + ")")
                            + "; nothing was changed");
                });
    }

    /** Writes the batch and, beside it, the file it read byte for byte; returns the batch's id. */
    static long open(EntityManager em, ImportBatch batch, byte[] file, String mediaType) {
        em.persist(batch);
        em.flush();
        em.persist(new ImportOriginal(batch.id(), mediaType, file));
        return batch.id();
    }

    static ImportBatch find(EntityManager em, long importId) {
        ImportBatch batch = em.find(ImportBatch.class, importId);
        if (batch == null) {
            throw new NotFoundException("there is no import " + importId);
        }
        return batch;
    }

    static ImportSummary summary(EntityManager em, long importId) {
        ImportBatch batch = find(em, importId);
        String mediaType = em.createQuery("select o.mediaType from ImportOriginal o where o.importId = :id",
                String.class).setParameter("id", importId).getResultStream().findFirst().orElse(null);
        return batch.toSummary(mediaType);
    }

    static OriginalFile original(EntityManager em, long importId) {
        ImportBatch batch = find(em, importId);
        ImportOriginal original = em.find(ImportOriginal.class, importId);
        if (original == null) {
            throw new NotFoundException("import " + importId + " was made before the archive kept original files");
        }
        return new OriginalFile(importId, original.content(), original.mediaType(), batch.fileName(),
                batch.fileSha256());
    }
}
