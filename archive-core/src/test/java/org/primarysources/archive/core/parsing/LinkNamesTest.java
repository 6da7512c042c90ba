package org.primarysources.archive.core.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkNamesTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Soviet Union \
            | The Union of Soviet Socialist Republics. (USSR), commonly known as the Soviet Union, was a state \
            | Soviet Union
            Lithuanian Minister of Foreign Affairs Juozas Urbšys arrived in Moscow \
            | Moscow is the Capital city, capital and largest city of Russia ... | Moscow
            on October 3 to meet with Soviet leaders. During the meeting Joseph Stalin \
            | Joseph Vissarionovich Stalin (born Dzhugashvili; 5 March 1953) was a Soviet politician ... | Joseph Stalin
            Lithuania declared independence from the Russian Empire \
            | The Russian Empire was an empire that spanned most of northern Eurasia ... | Russian Empire
            The region was ceded to Poland in 1922 at the Peace of Riga \
            | The Treaty of Riga was signed in Riga, Latvia ... | Peace of Riga
            were assigned to the Soviets. It was then incorporated into the Republic of Central Lithuania \
            | The Republic of Central Lithuania (, ), commonly known as the Central Lithuania, was a state ... \
            | Republic of Central Lithuania
            and divided Eastern Europe into spheres of influence \
            | In the field of international relations, a sphere of influence (SOI) is a spatial region ... \
            | spheres of influence
            However, in reality it was described by ''The New York Times \
            | ''The New York Times'' (''NYT'') is an American daily newspaper ... | The New York Times
            especially in the vicinity of ]Druskininkai \
            | Druskininkai (; also see other names) is a spa city on the Nemunas River. | Druskininkai
            In Lithuania, President ]Antanas Smetona \
            | Antanas Smetona (; 10 August 1874 – 9 January 1944) was a Lithuanian intellectual ... | Antanas Smetona
            In Lithuania, President Antanas Smetona \
            | Antanas Smetona (; 10 August 1874 – 9 January 1944) was a Lithuanian intellectual ... | Antanas Smetona
            the Lithuanian government, which claimed Vilnius to be its '']de jure \
            | In law and government, ''de jure'' (; ; ) describes practices ... | de jure
            The Soviets initially proposed to have their bases in Vilnius, ]Kaunas \
            | Kaunas (; ) is the second-largest city in Lithuania ... | Kaunas
            , Alytus | Alytus () is a city with Town privileges in southern Lithuania ... | Alytus
            in September 1939.[ It was described by ''Rigasche Rundschau \
            | ''Rigasche Rundschau'' was a German-language daily newspaper ... | Rigasche Rundschau
            on one side and Soviet Russia \
            | The Russian Soviet Federative Socialist Republic (Russian SFSR), unofficially Soviet Russia, was a state \
            ... | Soviet Russia
            aggression.] The Polish government-in-exile \
            | The Polish government-in-exile, officially known as the Government of the Republic of Poland in exile \
            ... | Polish government-in-exile
            """)
    void findsTheLinkTextAtTheEndOfTheLine(String anchor, String gloss, String name) {
        LinkName link = LinkNames.of(anchor, gloss);

        assertThat(link.text()).isEqualTo(name);
        assertThat(link.shown()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The Soviet Union in the Baltic states and the | Neman River is a river in Lithuania ... | the
            a peace treaty signed in | Moscow (; ) is the capital of Russia ... | in
            """)
    void aLineEndingInAFunctionWordNamesNothingSoTheGlossNamesTheEntity(String anchor, String gloss, String word) {
        LinkName link = LinkNames.of(anchor, gloss);

        assertThat(link.text()).isNotEqualTo(word).isEqualTo(gloss.substring(0, gloss.indexOf(" is")).split(" \\(")[0]);
        assertThat(link.shown()).isFalse();
    }

    @ParameterizedTest(name = "{0} restates {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Name | The exact origi ... | 0
            in the vicinity of ]Druskininkai | Druskininkai (; also see other names) is a spa city. | 1
            During the meeting Joseph Stalin | Joseph Vissarionovich Stalin (born 1878) was a Soviet politician ... | 2
            """)
    void countsHowManyWordsOfTheNameTheGlossRestates(String anchor, String gloss, int restated) {
        assertThat(LinkNames.of(anchor, gloss).restated()).isEqualTo(restated);
    }
}
