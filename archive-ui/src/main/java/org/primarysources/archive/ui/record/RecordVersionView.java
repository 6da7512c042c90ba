package org.primarysources.archive.ui.record;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import org.primarysources.archive.core.error.NotFoundException;
import org.primarysources.archive.core.record.RecordDetails;
import org.primarysources.archive.ui.layout.CurrentCaller;
import org.primarysources.archive.ui.layout.MainLayout;

/**
 * One version of a record, as it was published: the page every citation names
 * ({@code /records/{id}/versions/{n}}), so that a reader who follows a citation sees what its author read. When a
 * later version exists, a banner says so and leads to the newest. Everything else is the record page.
 */
@Route(value = "records/:" + RecordView.ID_PARAMETER + "/versions/:" + RecordVersionView.VERSION_PARAMETER,
        layout = MainLayout.class)
// its bean is of this type only: were it a RecordView bean too, CDI could not tell which to give the record page
@Typed(RecordVersionView.class)
public class RecordVersionView extends RecordView {

    public static final String VERSION_PARAMETER = "version";

    private final RecordCatalogue catalogue;

    @Inject
    public RecordVersionView(RecordCatalogue catalogue, CurrentCaller caller) {
        super(catalogue, caller);
        this.catalogue = catalogue;
    }

    /** The route parameters of a version's page. */
    public static RouteParameters parameters(long id, int version) {
        return new RouteParameters(new RouteParam(RecordView.ID_PARAMETER, String.valueOf(id)),
                new RouteParam(VERSION_PARAMETER, String.valueOf(version)));
    }

    @Override
    RecordDetails shownVersion(RouteParameters parameters, RecordDetails newest) {
        int version = parameters.get(VERSION_PARAMETER).map(Integer::parseInt)
                .orElseThrow(() -> new NotFoundException("no version"));
        return catalogue.version(newest.id(), version);
    }
}
