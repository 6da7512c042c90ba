package org.primarysources.archive.ui.layout;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.primarysources.archive.core.source.PartialDate;

import java.net.URI;
import java.util.List;

/**
 * What the first HTML of a page says about it, before any script runs: for reference managers (Zotero), search
 * engines (Google Scholar) and harvesters. Its title, a description, Highwire Press {@code citation_*} meta tags,
 * schema.org JSON-LD, and the Signposting links {@code cite-as} (the address to cite: a version page) and
 * {@code describedby} (the machine-readable description in the API).
 *
 * @param title       the document's title, as the browser tab shows it
 * @param description one or two sentences for {@code <meta name="description">}
 * @param meta        {@code <meta name content>} pairs, in order (a name may repeat, as {@code citation_author})
 * @param jsonLd      a JSON-LD document, already safe inside {@code <script>} (no {@code <})
 * @param citeAs      the permanent address to cite
 * @param describedBy the description in the API, as JSON-LD
 */
public record PageHead(String title, String description, List<Meta> meta, String jsonLd, URI citeAs,
                       URI describedBy) {

    /** One {@code <meta name="…" content="…">}. */
    public record Meta(String name, String content) {
    }

    /** A date as Highwire Press tags write it: {@code 1939/10/10}, {@code 1939/10}, {@code 1939} (circa: the year). */
    public static String highwireDate(PartialDate date) {
        if (date.circa() || date.month() == null) {
            return String.format("%04d", date.year());
        }
        return date.day() == null ? String.format("%04d/%02d", date.year(), date.month())
                : String.format("%04d/%02d/%02d", date.year(), date.month(), date.day());
    }

    /** Writes this head into the page's document: replaces title and description, appends the rest. */
    public void writeTo(Document document) {
        document.title(title);
        Element head = document.head();
        head.select("meta[name=description]").remove();
        head.appendElement("meta").attr("name", "description").attr("content", description);
        for (Meta tag : meta) {
            head.appendElement("meta").attr("name", tag.name()).attr("content", tag.content());
        }
        head.appendElement("link").attr("rel", "cite-as").attr("href", citeAs.toString());
        head.appendElement("link").attr("rel", "describedby").attr("type", "application/ld+json")
                .attr("href", describedBy.toString());
        head.appendElement("script").attr("type", "application/ld+json").appendChild(new DataNode(jsonLd));
    }
}
