package org.primarysources.archive.ui.layout;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when a page moved changes through review, so the navigation's count of waiting ones is redone. */
public final class BacklogChanged extends ComponentEvent<UI> {

    public BacklogChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the frame of the given UI that the review backlog changed. */
    public static void fireOn(UI ui) {
        ComponentUtil.fireEvent(ui, new BacklogChanged(ui));
    }
}
