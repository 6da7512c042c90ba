package org.primarysources.archive.core.account;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.platform.TestDatabase;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator changes who may do what, on PostgreSQL; the archive always keeps an administrator. */
class AccountRolesIT {

    private static final Instant OPENED = Instant.parse("2026-11-29T10:15:30Z");
    private static final Actor ADMIN = new Actor("ona", Set.of(Role.ADMIN));

    @Test
    void adminGivesAnAccountExactlyTheRolesNamed() throws Exception {
        try (TestDatabase db = opened()) {
            AccountSummary changed = db.fromTransaction(em -> accounts(em).changeRoles(
                    new ChangeRoles("vida", Set.of(Role.EDITOR, Role.RESEARCHER), ADMIN)));

            assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EDITOR, Role.RESEARCHER);
            assertThat(roles(db, "vida")).containsExactlyInAnyOrder(Role.EDITOR, Role.RESEARCHER);
        }
    }

    @Test
    void onlyAnAdminChangesRoles() throws Exception {
        try (TestDatabase db = opened()) {
            Actor editor = new Actor("vida", Set.of(Role.ARCHIVIST, Role.EDITOR));

            assertThatThrownBy(() -> db.inTransaction(em -> accounts(em).changeRoles(
                    new ChangeRoles("vida", Set.of(Role.ADMIN), editor))))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(roles(db, "vida")).containsExactlyInAnyOrder(Role.ARCHIVIST, Role.EDITOR);
        }
    }

    @Test
    void anAccountKeepsAtLeastOneRole() throws Exception {
        try (TestDatabase db = opened()) {
            assertThatThrownBy(() -> db.inTransaction(em -> accounts(em).changeRoles(
                    new ChangeRoles("vida", Set.of(), ADMIN))))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            problem -> assertThat(problem.field()).isEqualTo("roles"));
        }
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() throws Exception {
        try (TestDatabase db = opened()) {
            assertThatThrownBy(() -> db.inTransaction(em -> accounts(em).changeRoles(
                    new ChangeRoles("ona", Set.of(Role.RESEARCHER), ADMIN))))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("last administrator");
            assertThat(roles(db, "ona")).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void anAdministratorMayStepDownWhenAnotherRemains() throws Exception {
        try (TestDatabase db = opened()) {
            db.inTransaction(em -> accounts(em).changeRoles(new ChangeRoles("vida", Set.of(Role.ADMIN), ADMIN)));

            db.inTransaction(em -> accounts(em).changeRoles(new ChangeRoles("ona", Set.of(Role.EDITOR), ADMIN)));

            assertThat(roles(db, "ona")).containsExactly(Role.EDITOR);
            assertThat(roles(db, "vida")).containsExactly(Role.ADMIN);
        }
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        try (TestDatabase db = opened()) {
            assertThatThrownBy(() -> db.inTransaction(em -> accounts(em).changeRoles(
                    new ChangeRoles("nobody", Set.of(Role.RESEARCHER), ADMIN))))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private static TestDatabase opened() {
        TestDatabase db = TestDatabase.create();
        db.inTransaction(em -> {
            em.persist(new Account("ona", "hash-of-ona", Set.of(Role.ADMIN), OPENED));
            em.persist(new Account("vida", "hash-of-vida", Set.of(Role.ARCHIVIST, Role.EDITOR), OPENED));
        });
        return db;
    }

    private static Set<Role> roles(TestDatabase db, String username) {
        return db.fromTransaction(em -> accounts(em).list()).stream()
                .filter(account -> account.username().equals(username))
                .findFirst().orElseThrow().roles();
    }

    private static Accounts accounts(jakarta.persistence.EntityManager em) {
        return new Accounts(em, null, null);
    }
}
