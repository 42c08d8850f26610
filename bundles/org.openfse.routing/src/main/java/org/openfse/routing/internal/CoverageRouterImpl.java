package org.openfse.routing.internal;

import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.routing.RoutingRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/** The {@link CoverageRouter}: {@link RoutingPolicy} with the configured direct transport. */
@Component(service = CoverageRouter.class, configurationPid = CoverageRouterImpl.PID)
@Designate(ocd = RoutingConfig.class)
public final class CoverageRouterImpl implements CoverageRouter {

    /** Configuration PID. */
    static final String PID = "org.openfse.routing";

    private final RoutingPolicy policy = new RoutingPolicy();
    private final String directTransport;

    /** @throws IllegalArgumentException when the direct transport is blank */
    @Activate
    public CoverageRouterImpl(RoutingConfig config) {
        if (config.directTransport() == null || config.directTransport().isBlank()) {
            throw new IllegalArgumentException("directTransport must name a transport");
        }
        this.directTransport = config.directTransport().strip();
    }

    @Override
    public RoutingDecision route(RoutingRequest request) {
        return policy.route(request, directTransport);
    }
}
