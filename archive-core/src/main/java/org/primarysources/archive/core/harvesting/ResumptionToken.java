package org.primarysources.archive.core.harvesting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a list stops and the next request goes on: a list of items keeps its request (format, set, time bounds)
 * and the {@link PublicationCursor} of its last item; a list of sets the id of its last source. Tokens are URL-safe
 * base64 of that text, hold no state on the server and never expire: the cursor is a place in the archive's
 * publications, not an offset that publications during a harvest would shift.
 */
record ResumptionToken(String metadataPrefix, HarvestSet set, Instant from, Instant before,
                       PublicationCursor after) {

    private static final String ITEMS = "items";
    private static final String SETS = "sets";
    private static final String NONE = "-";
    private static final String SEPARATOR = "|";

    /** The token that resumes a list of items after {@code after}. */
    String encode() {
        return encode(String.join(SEPARATOR, ITEMS, metadataPrefix, set == null ? NONE : set.spec(), seconds(from),
                seconds(before), Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, after.publishedAt())),
                after.type().name(), Long.toString(after.id())));
    }

    /** The list of items a token resumes. */
    static ResumptionToken decodeItems(String token) {
        String[] parts = decode(token, ITEMS, 8);
        try {
            HarvestSet set = NONE.equals(parts[2]) ? null : HarvestSet.parse(parts[2]).orElseThrow(() -> bad(token));
            PublicationCursor after = new PublicationCursor(Instant.EPOCH.plus(Long.parseLong(parts[5]),
                    ChronoUnit.MICROS), ItemType.valueOf(parts[6]), Long.parseLong(parts[7]));
            return new ResumptionToken(parts[1], set, instant(parts[3]), instant(parts[4]), after);
        } catch (IllegalArgumentException | ArithmeticException malformed) {
            throw bad(token);
        }
    }

    /** The token that resumes a list of sets after the source {@code afterSourceId}. */
    static String encodeSets(long afterSourceId) {
        return encode(SETS + SEPARATOR + afterSourceId);
    }

    /** The source after which a list of sets resumes. */
    static long decodeSets(String token) {
        try {
            return Long.parseLong(decode(token, SETS, 2)[1]);
        } catch (NumberFormatException malformed) {
            throw bad(token);
        }
    }

    private static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String token, String kind, int parts) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw bad(token);
        }
        String[] split = text.split("\\|", -1);
        if (split.length != parts || !kind.equals(split[0])) {
            throw bad(token);
        }
        return split;
    }

    private static String seconds(Instant time) {
        return time == null ? NONE : Long.toString(time.getEpochSecond());
    }

    private static Instant instant(String seconds) {
        return NONE.equals(seconds) ? null : Instant.ofEpochSecond(Long.parseLong(seconds));
    }

    private static OaiError.OaiException bad(String token) {
        return OaiError.BAD_RESUMPTION_TOKEN.because("'" + token + "' is not a resumption token this archive gave out");
    }
}
