package org.primarysources.archive.core.history;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Known content gives a known hash — the expected values were computed independently with Python's json + hashlib. */
class HashChainTest {

    private static Map<String, Object> quote() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("text", "No matter if you take Vilnius or not, “Šešupė”\n\ttab \\ \"q\"");
        content.put("kind", "QUOTE");
        content.put("sourceId", 7L);
        content.put("speakerId", null);
        content.put("ordinal", 3);
        content.put("translations", List.of(Map.of("text", "Nesvarbu", "language", "lt")));
        content.put("citations", List.of());
        return content;
    }

    @Test
    void canonicalJsonSortsKeysDropsNullsAndEscapesMinimally() {
        assertThat(CanonicalJson.write(quote())).isEqualTo("{\"citations\":[],\"kind\":\"QUOTE\",\"ordinal\":3,"
                + "\"sourceId\":7,\"text\":\"No matter if you take Vilnius or not, “Šešupė”\\n\\ttab \\\\ \\\"q\\\"\","
                + "\"translations\":[{\"language\":\"lt\",\"text\":\"Nesvarbu\"}]}");
    }

    @Test
    void aKnownRecordGivesAKnownHash() {
        String canonical = CanonicalJson.write(quote());

        assertThat(HashChain.link(canonical, null))
                .isEqualTo("de2059d71eb9af0412fb511b9ee57368f624c4b7e817ae550391195aeb029e3b");
        assertThat(HashChain.link(canonical, "abc123"))
                .isEqualTo("2cfd70b6bd607ea15d9b0aa2345f26e1b6f91d054941f083caf9e55f0b24bb2e");
    }

    @Test
    void anyChangeOfContentOrOfThePreviousLinkChangesTheHash() {
        String canonical = CanonicalJson.write(quote());
        Map<String, Object> edited = quote();
        edited.put("ordinal", 4);

        assertThat(HashChain.link(CanonicalJson.write(edited), null)).isNotEqualTo(HashChain.link(canonical, null));
        assertThat(HashChain.link(canonical, "abc124")).isNotEqualTo(HashChain.link(canonical, "abc123"));
    }
}
