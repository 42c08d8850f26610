package org.openfse.transmission.internal;

import java.util.Collection;
import java.util.Optional;
import org.openfse.core.transport.Transport;
import org.openfse.core.transport.TransportRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Every registered {@link Transport}, by id, with the default of configuration PID {@value #PID}
 * (attribute {@code defaultTransport}, re-read without restart when it changes). The rules are in
 * {@link TransportTable}.
 */
@Component(service = TransportRegistry.class, configurationPid = TransportRegistryImpl.PID)
@Designate(ocd = TransmissionConfig.class)
public final class TransportRegistryImpl implements TransportRegistry {

    static final String PID = "org.openfse.transmission";

    private final TransportTable table = new TransportTable();

    @Activate
    public TransportRegistryImpl(TransmissionConfig config) {
        table.setDefaultId(config.defaultTransport());
    }

    @Modified
    void modified(TransmissionConfig config) {
        table.setDefaultId(config.defaultTransport());
    }

    @Reference(name = "transports", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTransport(Transport transport) {
        table.add(transport);
    }

    void removeTransport(Transport transport) {
        table.remove(transport);
    }

    @Override
    public Collection<Transport> all() {
        return table.all();
    }

    @Override
    public Optional<Transport> get(String id) {
        return table.get(id);
    }

    @Override
    public Optional<Transport> defaultTransport() {
        return table.defaultTransport();
    }
}
