package org.primarysources.archive.ui.layout;

import com.vaadin.flow.router.RouteParameters;

import java.util.Optional;

/**
 * A feature that describes its pages in their first HTML ({@link PageHead}), handed to
 * {@link PageHeadWriter#describeWith} by the feature at the start of the Vaadin service.
 */
public interface PageHeadSource {

    /**
     * The head of a page of this feature.
     *
     * @param page       the page class the address leads to
     * @param parameters the address's route parameters
     * @return the head, or empty when the page is not one this feature describes
     * @throws org.primarysources.archive.core.error.NotFoundException when there is nothing at the address (the
     *                                                                  answer is then a 404)
     * @throws NumberFormatException when an id in the address is not a number (a 404 too)
     */
    Optional<PageHead> head(Class<?> page, RouteParameters parameters);
}
