package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.InvalidInputException;

import java.time.Clock;
import java.util.List;

/**
 * The security event log: application service. Each entry is written in a transaction of its own, so that what is
 * logged stays logged whatever happens to the request that caused it.
 */
@ApplicationScoped
public class SecurityEvents {

    /** The most entries one read returns. */
    public static final int MAX_PAGE = 1_000;

    private final EntityManager em;
    private final Clock clock;

    @Inject
    SecurityEvents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected SecurityEvents() {
        this(null, null);
    }

    /**
     * Writes an entry now.
     *
     * @param username the account name given or concerned (as typed: it is kept printable and cut); may be null
     * @param address  the client address; may be null
     * @param detail   more, in words; may be null
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String address, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, username, address, detail));
    }

    /**
     * Entries after the given one, oldest first.
     *
     * @param after the last entry already read; 0 for the first
     * @param limit at most this many, 1 to {@value #MAX_PAGE}
     */
    @Transactional
    public List<SecurityEventSummary> after(long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "between 1 and " + MAX_PAGE);
        }
        return em.createQuery("select e from SecurityEvent e where e.id > :after order by e.id", SecurityEvent.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultStream()
                .map(SecurityEvent::toSummary)
                .toList();
    }
}
