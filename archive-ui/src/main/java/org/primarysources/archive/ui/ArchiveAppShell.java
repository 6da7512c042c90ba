package org.primarysources.archive.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML page every view of the archive is shown in: its fallback title and description.
 * The document language is set by {@link DocumentLanguage}.
 */
public class ArchiveAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Archive");
        settings.addMetaTag("description", "An archive of curated primary sources: treaty clauses, "
                + "verbatim quotes and entities, each with its source and a citation.");
    }
}
