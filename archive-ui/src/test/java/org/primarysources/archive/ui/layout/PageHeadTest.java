package org.primarysources.archive.ui.layout;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageHeadTest {

    private static final PageHead HEAD = new PageHead("Article 3 — Treaty – Archive", "A clause of \"the\" treaty.",
            List.of(new PageHead.Meta("citation_title", "Article 3"), new PageHead.Meta("citation_author", "A"),
                    new PageHead.Meta("citation_author", "B")),
            "{\"@graph\": [{\"schema:text\": \"\\u003c/script>\"}]}",
            URI.create("https://archive.example.org/records/1/versions/2"),
            URI.create("https://archive.example.org/api/records/1/versions/2"));

    @Test
    void replacesTheShellsTitleAndDescription() {
        Document page = shell();

        HEAD.writeTo(page);

        Document read = Jsoup.parse(page.outerHtml());
        assertThat(read.title()).isEqualTo("Article 3 — Treaty – Archive");
        assertThat(read.select("meta[name=description]")).hasSize(1).first()
                .extracting(element -> element.attr("content")).isEqualTo("A clause of \"the\" treaty.");
    }

    @Test
    void writesTheMetaTagsInOrderAndTheSignpostingLinks() {
        Document page = shell();

        HEAD.writeTo(page);

        Document read = Jsoup.parse(page.outerHtml());
        assertThat(read.select("meta[name^=citation_]")).extracting(element -> element.attr("content"))
                .containsExactly("Article 3", "A", "B");
        assertThat(read.select("link[rel=cite-as]").attr("href"))
                .isEqualTo("https://archive.example.org/records/1/versions/2");
        Element describedBy = read.selectFirst("link[rel=describedby]");
        assertThat(describedBy.attr("type")).isEqualTo("application/ld+json");
        assertThat(describedBy.attr("href")).isEqualTo("https://archive.example.org/api/records/1/versions/2");
    }

    @Test
    void embedsTheJsonLdUntouched() {
        Document page = shell();

        HEAD.writeTo(page);

        Element script = Jsoup.parse(page.outerHtml()).selectFirst("script[type=application/ld+json]");
        assertThat(script.data()).isEqualTo(HEAD.jsonLd());
    }

    private static Document shell() {
        return Jsoup.parse("<!doctype html><html><head><title>Archive</title>"
                + "<meta name=\"description\" content=\"An archive\"></head><body></body></html>");
    }
}
