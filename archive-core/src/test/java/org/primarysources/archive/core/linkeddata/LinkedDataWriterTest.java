package org.primarysources.archive.core.linkeddata;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.core.source.SourceDetails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.ADDRESSES;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.clause;
import static org.primarysources.archive.core.linkeddata.LinkedDataFixtures.treaty;

/** Content negotiation's writer: which answers it takes over from JSON-B, and what it writes. */
class LinkedDataWriterTest {

    private static final Annotation[] NONE = new Annotation[0];

    private final LinkedDataWriter writer = new LinkedDataWriter(new Descriptions(ADDRESSES));

    @Test
    void writesRecordsAndSourcesAsJsonLdAndTurtle() {
        for (Class<?> type : new Class<?>[] {RecordDetails.class, SourceDetails.class}) {
            assertThat(writer.isWriteable(type, type, NONE, MediaType.valueOf("application/ld+json"))).isTrue();
            assertThat(writer.isWriteable(type, type, NONE, MediaType.valueOf("text/turtle"))).isTrue();
        }
    }

    @Test
    void leavesJsonAndWildcardsToJsonB() {
        assertThat(writer.isWriteable(RecordDetails.class, RecordDetails.class, NONE, MediaType.APPLICATION_JSON_TYPE))
                .isFalse();
        assertThat(writer.isWriteable(RecordDetails.class, RecordDetails.class, NONE, MediaType.WILDCARD_TYPE))
                .isFalse();
        assertThat(writer.isWriteable(RecordDetails.class, RecordDetails.class, NONE,
                MediaType.valueOf("application/*"))).isFalse();
    }

    @Test
    void writesNothingElse() {
        assertThat(writer.isWriteable(String.class, String.class, NONE, MediaType.valueOf("application/ld+json")))
                .isFalse();
    }

    @Test
    void turtleIsWrittenWithItsTypeAndCharset() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();

        writer.writeTo(clause(1), RecordDetails.class, RecordDetails.class, NONE, MediaType.valueOf("text/turtle"),
                headers, body);

        assertThat(headers.getFirst("Content-Type")).isEqualTo("text/turtle;charset=UTF-8");
        assertThat(body.toString(StandardCharsets.UTF_8))
                .isEqualTo(new Descriptions(ADDRESSES).turtle(clause(1)));
    }

    @Test
    void aSourceIsWrittenAsJsonLd() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();

        writer.writeTo(treaty(), SourceDetails.class, SourceDetails.class, NONE,
                MediaType.valueOf("application/ld+json"), headers, body);

        assertThat(headers.getFirst("Content-Type")).isEqualTo("application/ld+json;charset=UTF-8");
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo(new Descriptions(ADDRESSES).jsonLd(treaty()));
    }
}
