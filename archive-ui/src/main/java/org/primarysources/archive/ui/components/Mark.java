package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.Tag;

/** Words marked as relevant to what the reader looks for: a search match, or the cited words of a passage. */
@Tag("mark")
public class Mark extends HtmlComponent implements HasText {

    public Mark(String text) {
        setText(text);
    }
}
