package org.primarysources.archive.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.primarysources.archive.core.error.ConflictException;
import org.primarysources.archive.core.error.ForbiddenException;
import org.primarysources.archive.core.error.InvalidInputException;
import org.primarysources.archive.core.error.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Application service for accounts: the transaction edge; takes commands, returns summaries. */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 12;

    private final EntityManager em;
    private final PasswordHashing hashing;
    private final Clock clock;

    @Inject
    Accounts(EntityManager em, PasswordHashing hashing, Clock clock) {
        this.em = em;
        this.hashing = hashing;
        this.clock = clock;
    }

    /** Only for the CDI client proxy. */
    protected Accounts() {
        this(null, null, null);
    }

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

    /**
     * Gives an account exactly the roles named. Only an administrator may, and the archive always keeps one
     * administrator: the last one cannot lose the role, or nobody could manage accounts any more.
     */
    public AccountSummary changeRoles(ChangeRoles command) {
        if (command.by() == null || !command.by().is(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator changes roles");
        }
        if (command.roles() == null || command.roles().isEmpty()) {
            throw new InvalidInputException("roles", "an account needs at least one role");
        }
        Account account = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", command.username())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("there is no account '" + command.username() + "'"));
        boolean demotesAnAdmin = account.roles().contains(Role.ADMIN) && !command.roles().contains(Role.ADMIN);
        if (!demotesAnAdmin) {
            em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        } else if (lockedAdmins() <= 1) {
            throw new ConflictException("'" + command.username() + "' is the last administrator; make someone "
                    + "else an administrator first");
        }
        account.changeRoles(command.roles());
        em.flush();
        return account.toSummary();
    }

    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    /**
     * How many administrators there are, counted after locking every one of them (in id order, so two demotions
     * at once cannot deadlock): two administrators demoting each other at the same moment cannot both succeed.
     */
    private long lockedAdmins() {
        List<Long> ids = em.createQuery("select a.id from Account a join a.roles r where r = :admin order by a.id",
                        Long.class)
                .setParameter("admin", Role.ADMIN)
                .getResultList();
        long admins = 0;
        for (Long id : ids) {
            Account admin = em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(admin);
            if (admin.roles().contains(Role.ADMIN)) {
                admins++;
            }
        }
        return admins;
    }

    private boolean exists(String username) {
        return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
                .setParameter("u", username)
                .getResultList()
                .isEmpty();
    }
}
