package org.primarysources.archive.core.harvesting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.primarysources.archive.core.harvesting.OaiError.OaiException;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protocol's rules for arguments, verb by verb. */
class OaiRequestTest {

    @Test
    void aListRequestKeepsItsArguments() {
        OaiRequest request = OaiRequest.parse(query("verb=ListRecords&metadataPrefix=oai_dc&from=2026-01-01"
                + "&set=kind:quote"));

        assertThat(request.verb()).isEqualTo(Verb.LIST_RECORDS);
        assertThat(request.arguments()).containsOnly(Map.entry("metadataPrefix", "oai_dc"),
                Map.entry("from", "2026-01-01"), Map.entry("set", "kind:quote"));
    }

    @Test
    void aResumptionTokenStandsAlone() {
        assertThat(OaiRequest.parse(query("verb=ListIdentifiers&resumptionToken=abc")).argument("resumptionToken"))
                .hasValue("abc");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'';badVerb",
            "verb=Frobnicate;badVerb",
            "verb=Identify&verb=Identify;badVerb",
            "verb=identify;badVerb",
            "verb=Identify&metadataPrefix=oai_dc;badArgument",
            "verb=ListRecords;badArgument",
            "verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc;badArgument",
            "verb=ListRecords&metadataPrefix=;badArgument",
            "verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc;badArgument",
            "verb=ListIdentifiers&metadataPrefix=oai_dc&identifier=x;badArgument",
            "verb=GetRecord&identifier=oai:archive.example.org:record/1;badArgument",
            "verb=GetRecord&metadataPrefix=oai_dc;badArgument",
            "verb=GetRecord&identifier=x&metadataPrefix=oai_dc&resumptionToken=abc;badArgument",
            "verb=ListSets&set=kind:quote;badArgument",
            "verb=ListMetadataFormats&resumptionToken=abc;badArgument",
    })
    void aRequestThatBreaksTheRulesIsABadVerbOrABadArgument(String query, String code) {
        assertThatThrownBy(() -> OaiRequest.parse(query(query))).isInstanceOf(OaiException.class)
                .satisfies(e -> {
                    assertThat(((OaiException) e).error().code()).isEqualTo(code);
                    assertThat(OaiRequest.echoesNothing((OaiException) e)).isTrue();
                });
    }

    private static Map<String, String[]> query(String query) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters.merge(nameValue[0], new String[] {nameValue[1]}, (a, b) -> {
                String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                return both;
            });
        }
        return parameters;
    }
}
