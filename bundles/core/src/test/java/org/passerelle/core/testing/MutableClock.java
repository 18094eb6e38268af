package org.passerelle.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test moves it: time-bound rules are tested without sleeping. */
public final class MutableClock extends Clock {

    /** Where every test clock starts unless told otherwise: a Monday morning of a school year. */
    public static final Instant DEFAULT_START = Instant.parse("2025-09-01T08:00:00Z");

    private volatile Instant now;
    private final ZoneId zone;

    public MutableClock() {
        this(DEFAULT_START);
    }

    public MutableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private MutableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock forward (or back, with a negative duration). */
    public MutableClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public MutableClock set(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone; it does not follow later moves of this clock. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, other);
    }
}
