package org.primarysources.archive.core.account;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.platform.TestDatabase;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts as stored on PostgreSQL: the migrated schema and the mapping agree. */
class AccountMappingIT {

    private static final Instant OPENED = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Test
    void storesAnAccountWithItsRoles() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            db.inTransaction(em -> em.persist(
                    new Account("vida", "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==",
                            Set.of(Role.ARCHIVIST, Role.EDITOR), OPENED)));

            AccountSummary read = db.fromTransaction(em -> em
                    .createQuery("select a from Account a where a.username = 'vida'", Account.class)
                    .getSingleResult().toSummary());

            assertThat(read.roles()).containsExactlyInAnyOrder(Role.ARCHIVIST, Role.EDITOR);
            assertThat(read.createdAt()).isEqualTo(OPENED);
        }
    }

    @Test
    void refusesASecondAccountWithTheSameName() throws Exception {
        try (TestDatabase db = TestDatabase.create()) {
            db.inTransaction(em -> em.persist(new Account("jonas", "first-hash", Set.of(Role.RESEARCHER), OPENED)));

            assertThatThrownBy(() -> db.inTransaction(em -> {
                em.persist(new Account("jonas", "second-hash", Set.of(Role.ADMIN), OPENED));
                em.flush();
            })).isInstanceOf(PersistenceException.class);
        }
    }
}
