package org.primarysources.archive.core.platform;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicAddressesTest {

    @Test
    void pagesHangUnderTheConfiguredRootWithOrWithoutItsSlash() {
        PublicAddresses addresses = new PublicAddresses("https://archive.example.org/treaties");

        assertThat(addresses.root()).hasToString("https://archive.example.org/treaties/");
        assertThat(addresses.recordVersion(58, 1)).hasToString("https://archive.example.org/treaties/records/58/versions/1");
        assertThat(addresses.record(58)).hasToString("https://archive.example.org/treaties/records/58");
        assertThat(addresses.source(3)).hasToString("https://archive.example.org/treaties/sources/3");
        assertThat(addresses.recordApi(58)).hasToString("https://archive.example.org/treaties/api/records/58");
        assertThat(addresses.sourceApi(3)).hasToString("https://archive.example.org/treaties/api/sources/3");
    }

    @Test
    void unsetMeansTheLocalDefault() {
        assertThat(new PublicAddresses(Optional.empty()).root()).hasToString(PublicAddresses.DEFAULT_ROOT);
        assertThat(new PublicAddresses(Optional.of(" ")).root()).hasToString(PublicAddresses.DEFAULT_ROOT);
    }

    @Test
    void aRootThatIsNoWebAddressIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new PublicAddresses("archive.example.org"))
                .hasMessageContaining("archive.public-url");
        assertThatThrownBy(() -> new PublicAddresses("ftp://archive.example.org/"))
                .hasMessageContaining("archive.public-url");
        assertThatThrownBy(() -> new PublicAddresses("https://archive.example.org/?x=1"))
                .hasMessageContaining("archive.public-url");
    }
}
