package org.primarysources.archive.core.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand (its time in {@link #now}), for any test of the archive's core. */
public final class MutableClock extends Clock {

    public volatile Instant now;

    public MutableClock(Instant now) {
        this.now = now;
    }

    /** Moves the time on. */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneOffset getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
