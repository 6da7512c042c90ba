package org.primarysources.archive.ui.record;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.primarysources.archive.core.citing.CitationFormat;
import org.primarysources.archive.core.citing.CitationStyle;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.ui.components.Notices;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * How to cite a record: the reference in Chicago, APA and MLA to copy, and files for reference managers. Every
 * citation pins this version of the record.
 */
class CiteDialog extends Dialog {

    private static final Map<CitationStyle, String> STYLES = Map.of(
            CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY, "Chicago",
            CitationStyle.APA, "APA",
            CitationStyle.MLA, "MLA");
    private static final List<CitationStyle> ORDER = List.of(
            CitationStyle.CHICAGO_NOTES_BIBLIOGRAPHY, CitationStyle.APA, CitationStyle.MLA);
    private static final Map<CitationFormat, String> FILES = Map.of(
            CitationFormat.BIBTEX, "BibTeX",
            CitationFormat.RIS, "RIS",
            CitationFormat.CSL_JSON, "CSL-JSON");
    private static final List<CitationFormat> FILE_ORDER = List.of(
            CitationFormat.BIBTEX, CitationFormat.RIS, CitationFormat.CSL_JSON);

    CiteDialog(RecordCatalogue catalogue, RecordDetails record) {
        setHeaderTitle("Cite this record");
        addClassName("archive-cite-dialog");
        URI versionUrl = catalogue.versionPage(record.id(), record.version());
        Div styles = new Div();
        styles.addClassName("archive-citations");
        for (CitationStyle style : ORDER) {
            styles.add(createStyle(style, catalogue.citation(record, style, versionUrl)));
        }
        add(createPinnedNote(versionUrl), styles, createDownloads(record));
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    private static Component createPinnedNote(URI versionUrl) {
        Anchor page = new Anchor(versionUrl.toString(), versionUrl.toString());
        page.addClassName("archive-cite-link");
        Paragraph note = new Paragraph(new Text("Each citation names the page of this version of the record: "),
                page, new Text(". Readers who follow it see exactly what you read, even after later revisions."));
        note.addClassName("archive-cite-note");
        return note;
    }

    private Component createStyle(CitationStyle style, String citation) {
        String name = STYLES.get(style);
        Paragraph text = new Paragraph(citation);
        text.addClassName("archive-citation-text");
        text.setId("archive-citation-" + style.param());
        Button copy = new Button("Copy", VaadinIcon.COPY_O.create(), click -> copy(name, citation));
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel("Copy the " + name + " citation");
        H3 heading = new H3(name);
        Div header = new Div(heading, copy);
        header.addClassName("archive-citation-header");
        Section section = new Section(header, text);
        section.addClassName("archive-citation");
        section.getElement().setAttribute("data-style", style.param());
        return section;
    }

    private void copy(String name, String citation) {
        getUI().ifPresent(ui -> ui.getPage()
                .executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                        citation)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notices.done("The " + name + " citation is on your clipboard.");
                    } else {
                        Notices.done("This browser does not let the page copy: select the citation and copy it.");
                    }
                }));
    }

    private static Component createDownloads(RecordDetails record) {
        Div links = new Div();
        links.addClassName("archive-cite-downloads");
        for (CitationFormat format : FILE_ORDER) {
            Anchor download = new Anchor(ApiLinks.citation(record, format),
                    FILES.get(format) + " (." + format.fileExtension() + ")");
            download.getElement().setAttribute("download", ApiLinks.fileName(record, format));
            download.setRouterIgnore(true);
            download.addClassName("archive-download");
            links.add(download);
        }
        Section section = new Section(new H3("For reference managers"), links);
        section.addClassName("archive-cite-files");
        return section;
    }
}
