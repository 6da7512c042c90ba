package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.InvalidInputException;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Application service for accounts: the transaction edge; takes commands, returns summaries. */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 12;

    @Inject
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    public AccountSummary open(CreateAccount command) {
        String username = command.username() == null ? "" : command.username();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "a user name is 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (command.password() == null || command.password().length < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "a password has at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        if (exists(username)) {
            throw new ConflictException("account '" + username + "' already exists");
        }
        Account account = new Account(username, hashing.hash(command.password()), command.roles(), clock.instant());
        em.persist(account);
        return account.toSummary();
    }

    public List<AccountSummary> list() {
        return em.createQuery("select a from Account a order by a.username", Account.class)
                .getResultStream()
                .map(Account::toSummary)
                .toList();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    private boolean exists(String username) {
        return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getResultList()
                .isEmpty();
    }
}
