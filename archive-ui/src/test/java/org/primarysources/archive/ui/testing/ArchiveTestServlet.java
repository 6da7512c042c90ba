package org.primarysources.archive.ui.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;

import java.util.Map;

/** Karibu's mocked servlet, with views created by {@link CdiLikeInstantiator} instead of by reflection. */
final class ArchiveTestServlet extends MockVaadinServlet {

    private final transient Map<Class<?>, Object> beans;
    private transient CdiLikeInstantiator instantiator;

    ArchiveTestServlet(Routes routes, Map<Class<?>, Object> beans) {
        super(routes);
        this.beans = beans;
    }

    CdiLikeInstantiator instantiator() {
        return instantiator;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        MockService service = new MockService(this, configuration, getUiFactory()) {
            @Override
            protected Instantiator createInstantiator() {
                instantiator = new CdiLikeInstantiator(this, beans);
                return instantiator;
            }
        };
        service.init();
        getRoutes().register(service.getContext());
        return service;
    }
}
