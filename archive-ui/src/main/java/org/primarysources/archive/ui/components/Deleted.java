package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** Words a change removes; screen readers announce {@code del} as a deletion. */
@Tag("del")
public class Deleted extends HtmlComponent implements HasText {

    public Deleted(String text) {
        setText(text);
    }
}
