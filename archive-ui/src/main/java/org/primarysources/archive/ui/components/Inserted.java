package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** Words a change adds; screen readers announce {@code ins} as an insertion. */
@Tag("ins")
public class Inserted extends HtmlComponent implements HasText {

    public Inserted(String text) {
        setText(text);
    }
}
