package org.primarysources.archive.deploy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.naming.InitialContext;
import javax.naming.NamingException;
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

    /**
     * Looked up rather than a {@code @Resource} producer field: Weld wraps such a field's value in a proxy class it
     * defines in the application's class loader, and a second deployment into the same server (the integration
     * tests deploy twice) fails to define it again, leaving every bean that needs an executor unusable.
     */
    @Produces
    ManagedExecutorService executor() {
        try {
            return (ManagedExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("the container's default managed executor service is missing", e);
        }
    }
}
