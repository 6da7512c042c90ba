package org.primarysources.archive.core.harvesting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.record.Records;
import org.primarysources.archive.core.record.SourceRef;
import org.primarysources.archive.core.source.SourceDetails;
import org.primarysources.archive.core.source.Sources;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Application service for harvesting: the archive's published records and sources in the order of their newest
 * publication (a retraction is a publication too), a page at a time after a {@link PublicationCursor}, with what
 * describes them read in a few queries per page.
 */
@ApplicationScoped
@Transactional
public class Harvesting {

    private final Publications publications;
    private final Records records;
    private final Sources sources;

    @Inject
    Harvesting(EntityManager em, Records records, Sources sources) {
        this.publications = new Publications(em);
        this.records = records;
        this.sources = sources;
    }

    /** Only for the CDI client proxy. */
    protected Harvesting() {
        this.publications = null;
        this.records = null;
        this.sources = null;
    }

    /** A time no publication is older than; empty while the archive holds nothing. */
    public Optional<Instant> earliestPublication() {
        return publications.earliest();
    }

    /**
     * Up to {@code size} publications of {@code selection} after {@code after} (null: from the first); with
     * {@code described}, each one that is not retracted with what describes it.
     */
    public HarvestPage<Harvested> page(Selection selection, PublicationCursor after, int size, boolean described) {
        List<Publication> found = publications.after(selection, after, size + 1);
        List<Publication> page = found.size() > size ? found.subList(0, size) : found;
        return new HarvestPage<>(describe(page, described), found.size() > size);
    }

    /** One item's newest publication, if it was ever published. */
    public Optional<Harvested> item(ItemType type, long id, boolean described) {
        Optional<Publication> found = type == ItemType.RECORD ? publications.record(id) : publications.source(id);
        return found.map(publication -> describe(List.of(publication), described).get(0));
    }

    /** Published sources after the one with {@code afterId} (0: from the first), by id. */
    public HarvestPage<SourceRef> sources(long afterId, int size) {
        List<SourceRef> found = publications.sourcesAfter(afterId, size + 1);
        return new HarvestPage<>(found.size() > size ? found.subList(0, size) : found, found.size() > size);
    }

    private List<Harvested> describe(List<Publication> page, boolean described) {
        if (!described) {
            return page.stream().map(publication -> new Harvested(publication, null, null)).toList();
        }
        List<Publication> shown = page.stream().filter(publication -> !publication.retracted()).toList();
        Map<Long, RecordDetails> recordDetails = records.details(shown.stream()
                .filter(publication -> publication.type() == ItemType.RECORD).map(Publication::id)
                .collect(Collectors.toSet()));
        Set<Long> sourceIds = shown.stream().map(Publication::sourceId).collect(Collectors.toSet());
        Map<Long, SourceDetails> sourceDetails = sources.metadata(sourceIds);
        return page.stream().map(publication -> publication.retracted() ? new Harvested(publication, null, null)
                : new Harvested(publication, publication.type() == ItemType.RECORD
                        ? recordDetails.get(publication.id()) : null, sourceDetails.get(publication.sourceId())))
                .toList();
    }
}
