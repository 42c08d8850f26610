package org.openfse.core.transport;

import java.util.Collection;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** The registered transports, by id, with a configured default. */
@ProviderType
public interface TransportRegistry {

    /** Every registered transport. */
    Collection<Transport> all();

    /** The transport with this id, if registered. */
    Optional<Transport> get(String id);

    /**
     * The configured default ({@code defaultTransport} of PID {@code org.openfse.transmission}); with
     * no configuration and exactly one transport, that one.
     */
    Optional<Transport> defaultTransport();
}
