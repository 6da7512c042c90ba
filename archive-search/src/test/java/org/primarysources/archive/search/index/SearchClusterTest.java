package org.primarysources.archive.search.index;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchClusterTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void readsSeveralNodes() {
        SearchCluster cluster = SearchCluster.parse(" http://10.0.0.1:9200, https://search.example.org ,", SECOND, SECOND);

        assertThat(cluster.hosts()).extracting(Object::toString)
                .containsExactly("http://10.0.0.1:9200", "https://search.example.org:443");
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> SearchCluster.parse("ftp://x", SECOND, SECOND))
                .hasMessageContaining("ftp://x");
        assertThatThrownBy(() -> SearchCluster.parse(" , ", SECOND, SECOND))
                .hasMessageContaining("names no node");
    }
}
