package org.primarysources.archive.core.record;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primarysources.archive.core.record.RecordContents.aClause;
import static org.primarysources.archive.core.record.RecordContents.aQuote;
import static org.primarysources.archive.core.record.RecordContents.anEntity;

/**
 * API clients read a change's proposed record in one shape whatever its kind: every field in alphabetical order,
 * absent ones left out, the three lists always present (what JSON-B wrote for the one flat content type).
 */
class RecordContentSerializerTest {

    /** A read model holding content by its sealed type, as ChangeDetails does. */
    public record Holder(RecordContent record) {
    }

    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void aClauseHasItsLabelOrdinalAndCitations() {
        RecordContent clause = aClause(3, "Sovereignty is not affected.").label("Article VII").ordinal(7)
                .citing(new CitationInput(1, "article-locator", "VII", "Sovereignty", null, " is")).build();

        assertThat(jsonb.toJson(new Holder(clause))).isEqualTo("{\"record\":{\"alternativeNames\":[],"
                + "\"citations\":[{\"exact\":\"Sovereignty\",\"label\":\"article-locator\",\"locator\":\"VII\","
                + "\"sourceVersion\":1,\"suffix\":\" is\"}],\"kind\":\"CLAUSE\",\"label\":\"Article VII\","
                + "\"language\":\"en\",\"ordinal\":7,\"sourceId\":3,\"text\":\"Sovereignty is not affected.\","
                + "\"translations\":[]}}");
    }

    @Test
    void aQuoteHasItsSpeakerDateAndTranslations() {
        RecordContent quote = aQuote(3, "Žodžiai.").language("lt").translated("en", "Words.")
                .saidBy(12, Attribution.PROBABLE).on("~1939-10", "Moscow").build();

        assertThat(jsonb.toJson(new Holder(quote))).isEqualTo("{\"record\":{\"alternativeNames\":[],"
                + "\"attribution\":\"PROBABLE\",\"citations\":[],\"date\":\"~1939-10\",\"kind\":\"QUOTE\","
                + "\"language\":\"lt\",\"occasion\":\"Moscow\",\"sourceId\":3,\"speakerId\":12,"
                + "\"text\":\"Žodžiai.\",\"translations\":[{\"language\":\"en\",\"text\":\"Words.\"}]}}");
    }

    @Test
    void anEntityHasItsNamesAndType() {
        RecordContent entity = anEntity(3, "Šešupė", "A river.").alsoNamed("Szeszupa").type(EntityType.PLACE)
                .build();

        assertThat(jsonb.toJson(new Holder(entity))).isEqualTo("{\"record\":{\"alternativeNames\":[\"Szeszupa\"],"
                + "\"citations\":[],\"entityType\":\"PLACE\",\"kind\":\"ENTITY\",\"language\":\"en\","
                + "\"name\":\"Šešupė\",\"sourceId\":3,\"text\":\"A river.\",\"translations\":[]}}");
    }
}
