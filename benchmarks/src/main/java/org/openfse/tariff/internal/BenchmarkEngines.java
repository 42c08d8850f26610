package org.openfse.tariff.internal;

import java.lang.annotation.Annotation;
import java.util.Map;
import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.routing.internal.CoverageRouterImpl;
import org.openfse.routing.internal.RoutingConfig;
import org.openfse.specialty.doctor.internal.DoctorParticipationRule;
import org.openfse.specialty.doctor.internal.DoctorTariffConfig;
import org.openfse.specialty.doctor.internal.DoctorTariffRule;
import org.openfse.specialty.nurse.internal.NurseTariffConfig;
import org.openfse.specialty.nurse.internal.NurseTariffRule;
import org.openfse.specialty.optician.internal.OpticianCeilingRule;
import org.openfse.specialty.optician.internal.OpticianTariffRule;

/**
 * The product's tariff engine and router wired by hand, as Declarative Services wires them in
 * the product (same classes, same tables, default configurations), for benchmarks that run on a
 * plain class path. In the engine's package because its bind methods are package-private.
 */
public final class BenchmarkEngines {

    private BenchmarkEngines() {
    }

    /** The engine with the optician, nurse and doctor rules (zone metro). */
    public static TariffEngine engine() {
        TariffEngineImpl engine = new TariffEngineImpl();
        engine.addRule(new OpticianTariffRule(), properties(1));
        engine.addRule(new NurseTariffRule(new NurseConfig()), properties(2));
        engine.addRule(new DoctorTariffRule(new DoctorConfig()), properties(3));
        engine.addParticipationRule(new DoctorParticipationRule(), properties(4));
        engine.addCeilingRule(new OpticianCeilingRule(), properties(5));
        return engine;
    }

    /** The router with its default configuration (direct transport {@code mail}). */
    public static CoverageRouter router() {
        return new CoverageRouterImpl(new RouterConfig());
    }

    /** The service properties DS would pass: {@code service.id} (org.osgi.framework.Constants.SERVICE_ID). */
    private static Map<String, Object> properties(long serviceId) {
        return Map.of("service.id", serviceId);
    }

    private static final class NurseConfig implements NurseTariffConfig {
        @Override
        public String zone() {
            return "metro";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return NurseTariffConfig.class;
        }
    }

    private static final class DoctorConfig implements DoctorTariffConfig {
        @Override
        public String zone() {
            return "metro";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return DoctorTariffConfig.class;
        }
    }

    private static final class RouterConfig implements RoutingConfig {
        @Override
        public String directTransport() {
            return "mail";
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return RoutingConfig.class;
        }
    }
}
