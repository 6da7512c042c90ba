package org.primarysources.archive.core.harvesting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text an archive holds that XML 1.0 cannot carry never breaks a response. */
class OaiXmlTest {

    @Test
    void textXmlCanCarryIsKeptAsItIs() {
        String text = "Šešupė „Vilnius“ 🙂\tline\nnext\r";

        assertThat(OaiXml.clean(text)).isSameAs(text);
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        assertThat(OaiXml.clean("a\u0000b\u001Fc\uFFFEd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(OaiXml.clean("lone \uD83D and \uDE42 but 🙂")).isEqualTo("lone \uFFFD and \uFFFD but 🙂");
    }
}
