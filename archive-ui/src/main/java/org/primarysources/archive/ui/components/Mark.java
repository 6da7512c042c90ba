package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** Words marked as relevant to what the reader looks for: a search match, or the cited words of a passage. */
@Tag("mark")
public class Mark extends HtmlComponent implements HasText, HasComponents {

    public Mark(String text) {
        setText(text);
    }

    /** Marked words that are more than text, e.g. a link to the record that cites them. */
    public Mark(Component... components) {
        add(components);
    }
}
