package org.primarysources.archive.deploy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;

/**
 * The container's resources, offered to the modules as plain CDI beans. Payara resolves resource annotations
 * only on classes of the WAR itself, not on beans inside WEB-INF/lib jars, so the modules {@code @Inject} these.
 */
@ApplicationScoped
class ArchiveResources {

    @Produces
    @PersistenceContext(unitName = "archive")
    EntityManager entityManager;

    @Produces
    @Resource(lookup = "java:app/jdbc/archive")
    DataSource dataSource;

    @Produces
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;
}
