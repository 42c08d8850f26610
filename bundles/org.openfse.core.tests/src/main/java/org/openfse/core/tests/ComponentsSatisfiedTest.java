package org.openfse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * Every DS component of every OpenFSE bundle resolves and is satisfied in a runtime made of the
 * core feature and the three specialty features, as the product ships them.
 */
@ExtendWith(BundleContextExtension.class)
@ExtendWith(ServiceExtension.class)
class ComponentsSatisfiedTest {

    /** Bundles that must be in the runtime, each with at least one component where it has code. */
    private static final Set<String> EXPECTED_BUNDLES = Set.of("org.openfse.core", "org.openfse.store.derby",
            "org.openfse.card.pcsc", "org.openfse.card.demo", "org.openfse.sesam.reference", "org.openfse.tariff",
            "org.openfse.routing", "org.openfse.billing", "org.openfse.transmission", "org.openfse.noemie",
            "org.openfse.scor", "org.openfse.simulator", "org.openfse.specialty.optician", "org.openfse.specialty.nurse",
            "org.openfse.specialty.doctor", "org.openfse.ui", "org.openfse.cli", "org.openfse.model");

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 10_000)
    ServiceComponentRuntime scr;

    @Test
    void everyOpenfseBundleIsResolvedAndLazilyStarted() {
        List<String> problems = new ArrayList<>();
        Set<String> present = Arrays.stream(context.getBundles()).map(Bundle::getSymbolicName).collect(Collectors.toSet());
        for (String expected : EXPECTED_BUNDLES) {
            if (!present.contains(expected)) {
                problems.add(expected + " missing");
            }
        }
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.openfse.") && !bundle.getSymbolicName().endsWith(".tests")
                    && bundle.getHeaders().get("Fragment-Host") == null
                    && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
                problems.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOpenfseComponentIsSatisfied() {
        List<String> unsatisfied = new ArrayList<>();
        int checked = 0;
        for (Bundle bundle : context.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.openfse.")) {
                continue;
            }
            Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs(bundle);
            for (ComponentDescriptionDTO description : descriptions) {
                if (!scr.isComponentEnabled(description)) {
                    unsatisfied.add(description.name + " disabled");
                    continue;
                }
                Collection<ComponentConfigurationDTO> configurations = scr.getComponentConfigurationDTOs(description);
                if (configurations.isEmpty() && "require".equals(description.configurationPolicy)) {
                    continue; // waits for its configuration, by design (for example one per concentrator)
                }
                if (configurations.isEmpty()) {
                    unsatisfied.add(description.name + " has no configuration");
                }
                for (ComponentConfigurationDTO configuration : configurations) {
                    checked++;
                    if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                            || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                            || configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                        unsatisfied.add(description.name + " state " + configuration.state + " missing "
                                + Arrays.stream(configuration.unsatisfiedReferences).map(UnsatisfiedReferenceDTO.class::cast)
                                        .map(r -> r.name + " " + r.target).toList()
                                + (configuration.failure == null ? "" : " failure " + configuration.failure));
                    }
                }
            }
        }
        assertEquals(List.of(), unsatisfied);
        assertTrue(checked >= 20, "only " + checked + " OpenFSE components found");
    }
}
