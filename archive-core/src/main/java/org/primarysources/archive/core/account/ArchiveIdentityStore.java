package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks user name and password against the archive's own accounts.
 * A hash at 210,000 iterations costs ~0.1 s of CPU, so recent successful checks are remembered briefly
 * ({@link RecentCredentials}); the password itself is never kept.
 */
@ApplicationScoped
class ArchiveIdentityStore implements IdentityStore {

    private static final String DUMMY_HASH_INPUT = "timing-equaliser";

    private final EntityManager em;
    private final PasswordHashing hashing;
    private final RecentCredentials recent;

    private volatile String dummyHash;

    @Inject
    ArchiveIdentityStore(EntityManager em, PasswordHashing hashing, RecentCredentials recent) {
        this.em = em;
        this.hashing = hashing;
        this.recent = recent;
    }

    /** Only for the CDI client proxy. */
    protected ArchiveIdentityStore() {
        this(null, null, null);
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        char[] password = login.getPassword().getValue();
        Set<String> remembered = recent.groupsOf(username, password);
        if (remembered != null) {
            return new CredentialValidationResult(username, remembered);
        }
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null) {
            hashing.matches(password, dummyHash()); // same cost whether or not the name exists
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.matches(password, account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = account.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet());
        recent.remember(username, password, groups);
        return new CredentialValidationResult(username, groups);
    }

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hashing.hash(DUMMY_HASH_INPUT.toCharArray());
        }
        return dummyHash;
    }
}
