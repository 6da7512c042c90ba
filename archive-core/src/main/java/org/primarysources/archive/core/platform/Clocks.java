package org.primarysources.archive.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The archive's sense of time: UTC, injectable, so tests can fix it. */
@ApplicationScoped
class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
