package org.primarysources.archive.core.account;

import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.account.SignInThrottle.Verdict;
import org.primarysources.archive.core.platform.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final String HOME = "192.0.2.10";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void thirtyWrongPasswordsInARowEndLockedAndTheRightOneIsRefusedToo() {
        List<String> answers = attempts("editor", 30, Duration.ofMillis(100));

        assertThat(answers.subList(0, 4)).containsOnly("checked");
        assertThat(answers).contains("wait").endsWith("locked", "locked");
        Verdict right = throttle.admit("editor", HOME);
        assertThat(right.allowed()).isFalse();
        assertThat(right.locked()).isTrue();
        assertThat(right.retryIn()).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void anUnknownAccountIsAnsweredExactlyLikeAKnownOne() {
        List<String> known = attempts("editor", 30, Duration.ofMillis(100));
        clock.advance(Duration.ofHours(1));
        List<String> unknown = attempts("nobody-of-that-name", 30, Duration.ofMillis(100));

        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void waitsGrowAndWhoWaitsIsCheckedAgain() {
        assertThat(attempts("editor", 4, Duration.ZERO)).containsOnly("checked");

        Verdict early = throttle.admit("editor", HOME);
        assertThat(early.allowed()).isFalse();
        assertThat(early.locked()).isFalse();
        clock.advance(SignInThrottle.ACCOUNT_POLICY.waitAfter(5));
        assertThat(throttle.admit("editor", HOME).allowed()).isTrue();
        assertThat(SignInThrottle.ACCOUNT_POLICY.waitAfter(3)).isZero();
        assertThat(SignInThrottle.ACCOUNT_POLICY.waitAfter(4)).hasSeconds(1);
        assertThat(SignInThrottle.ACCOUNT_POLICY.waitAfter(6)).hasSeconds(4);
        assertThat(SignInThrottle.ACCOUNT_POLICY.waitAfter(40)).hasSeconds(30);
    }

    @Test
    void aLockEndsAfterItsTimeAndSaysSoOnce() {
        attempts("editor", 12, Duration.ZERO);
        clock.advance(SignInThrottle.ACCOUNT_POLICY.lockFor());

        Verdict after = throttle.admit("editor", HOME);
        assertThat(after.allowed()).isTrue();
        assertThat(after.change()).isEqualTo(Verdict.Change.LOCK_ENDED);
        assertThat(throttle.admit("editor", HOME).change()).isEqualTo(Verdict.Change.NONE);
    }

    @Test
    void theRightPasswordClearsTheAccountsFailures() {
        attempts("editor", 3, Duration.ZERO);
        throttle.succeeded("editor");

        assertThat(attempts("editor", 4, Duration.ZERO)).containsOnly("checked");
    }

    @Test
    void namesAreThrottledWhateverTheirCase() {
        attempts("Editor", 12, Duration.ZERO);

        assertThat(throttle.admit(" editor", HOME).locked()).isTrue();
    }

    @Test
    void oneAddressSprayingManyAccountsIsStoppedToo() {
        int checked = 0;
        Verdict last = Verdict.ALLOWED;
        for (int i = 0; i < 200 && !last.locked(); i++) {
            clock.advance(Duration.ofSeconds(31));
            last = throttle.admit("account-" + i, HOME);
            if (last.allowed()) {
                checked++;
                last = throttle.failed("account-" + i, HOME);
            }
        }

        assertThat(last.locked()).isTrue();
        assertThat(last.scope()).isEqualTo(Verdict.Scope.ADDRESS);
        assertThat(checked).isLessThanOrEqualTo(SignInThrottle.ADDRESS_POLICY.lockAfter());
        assertThat(throttle.admit("someone-else", "198.51.100.7").allowed()).isTrue();
    }

    @Test
    void anAdministratorCanEndALock() {
        attempts("editor", 12, Duration.ZERO);

        assertThat(throttle.unlock("editor")).isTrue();
        assertThat(throttle.admit("editor", HOME).allowed()).isTrue();
        assertThat(throttle.unlock("editor")).isFalse();
    }

    /** Wrong passwords one after another: what each attempt met (checked, told to wait, or locked). */
    private List<String> attempts(String username, int count, Duration between) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Verdict verdict = throttle.admit(username, HOME);
            if (verdict.allowed()) {
                throttle.failed(username, HOME);
                answers.add("checked");
            } else {
                answers.add(verdict.locked() ? "locked" : "wait");
            }
            clock.advance(between);
        }
        return answers;
    }
}
