package org.openfse.transmission.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.annotation.Annotation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.transport.Transport;
import org.openfse.transmission.internal.TransportTableTest.StubTransport;

/** The DS wiring of the registry: configuration at activation and when modified, transports coming and going. */
class TransportRegistryImplTest {

    private final Transport mail = new StubTransport("mail");
    private final Transport oct = new StubTransport("oct-cegedim");

    @Test
    void theDefaultFollowsTheConfigurationWithoutRestart() {
        TransportRegistryImpl registry = new TransportRegistryImpl(config(""));
        registry.addTransport(mail);
        assertSame(mail, registry.defaultTransport().orElseThrow());

        registry.addTransport(oct);
        assertEquals(Optional.empty(), registry.defaultTransport());

        registry.modified(config("oct-cegedim"));
        assertSame(oct, registry.defaultTransport().orElseThrow());

        registry.removeTransport(oct);
        assertEquals(Optional.empty(), registry.defaultTransport());
        assertSame(mail, registry.get("mail").orElseThrow());
    }

    @Test
    void theConfigurationGivenAtActivationIsUsed() {
        TransportRegistryImpl registry = new TransportRegistryImpl(config("mail"));
        registry.addTransport(oct);
        registry.addTransport(mail);
        assertSame(mail, registry.defaultTransport().orElseThrow());
        assertEquals(2, registry.all().size());
    }

    @Test
    void theAnnotationDefaultIsEmpty() throws NoSuchMethodException {
        assertEquals("", TransmissionConfig.class.getMethod("defaultTransport").getDefaultValue());
    }

    private static TransmissionConfig config(String defaultTransport) {
        return new TransmissionConfig() {
            @Override
            public String defaultTransport() {
                return defaultTransport;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return TransmissionConfig.class;
            }
        };
    }
}
