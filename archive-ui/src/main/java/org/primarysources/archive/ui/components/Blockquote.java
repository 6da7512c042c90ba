package org.primarysources.archive.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** Words quoted from a source, set apart from the page's own text. */
@Tag("blockquote")
public class Blockquote extends HtmlContainer {

    public Blockquote(Component... components) {
        super(components);
    }
}
