package org.primarysources.archive.core.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EntityKindsTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kārlis Ulmanis (4 September 1877 – 20 September 1942) was a Latvian politician. | PERSON
            Jan Dąbski (1880 – 1931) was a Polish politician, journalist and diplomat. | PERSON
            Adolph Joffe (born 1883) led the Soviet delegation. | PERSON
            Jelgava is a city in central Latvia about 41 km southwest of Riga. | PLACE
            Latgale (; Latgalian: Latgola) is one of the historical regions of Latvia. | PLACE
            The Grand Duchy of Lithuania was a sovereign state in northeastern Europe. | PLACE
            The Union of Soviet Socialist Republics. (USSR) was a transcontinental country. | PLACE
            Gazeta Wyborcza is a Polish daily newspaper based in Warsaw. | ORGANISATION
            The Polish Legions were the armed forces of the Polish independence movement. | ORGANISATION
            The League of Nations was the first worldwide intergovernmental organisation. | ORGANISATION
            The Saeima is the parliament of the Republic of Latvia. | ORGANISATION
            """)
    void guessesPeoplePlacesAndOrganisations(String gloss, String kind) {
        assertThat(EntityKinds.guess(gloss)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The Polish–Soviet War (14 February 1919 – 18 March 1921) was fought between Poland and Soviet Russia.",
            "The Treaty of Versailles was a peace treaty signed on 28 June 1919.",
            "The Klaipėda Revolt took place in January 1923 in the Klaipėda Region.",
            "The Latvian lats was the currency of Latvia until 2014.",
            "In law and government, de jure describes practices that are officially recognized by laws.",
            "The Maginot Line is a line of concrete fortifications built by the French Third Republic."})
    void wantsNoTypeForEventsTreatiesCurrenciesAndConcepts(String gloss) {
        assertThat(EntityKinds.guess(gloss)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noGlossNoGuess(String gloss) {
        assertThat(EntityKinds.guess(gloss)).isNull();
    }
}
