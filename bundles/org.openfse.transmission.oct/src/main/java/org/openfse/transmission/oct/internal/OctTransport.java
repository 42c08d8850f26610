package org.openfse.transmission.oct.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.IncomingFileSink;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.Transport;
import org.openfse.core.transport.TransportException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One concentrator's transport, one per configuration of factory PID
 * {@value ConcentratorConfig#FACTORY_PID}; its id is the configuration's {@code id}, the value a
 * {@code Concentrator} row of the store names in its {@code transport}. Speaks the protocol of
 * docs/oct-protocol.md ({@link OctClient}). A configuration that does not pass
 * {@link ConcentratorSettings#from} still registers, under the id given (or {@code oct-invalid}),
 * and refuses every exchange with the French reasons.
 */
@Component(service = Transport.class, configurationPid = ConcentratorConfig.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConcentratorConfig.class, factory = true)
public final class OctTransport implements Transport {

    private static final System.Logger LOG = System.getLogger(OctTransport.class.getName());

    private final String id;
    private final ConcentratorSettings settings;
    private final OctClient client;
    private final InvalidSettingsException invalid;

    @Activate
    public OctTransport(ConcentratorConfig config) {
        ConcentratorSettings ready = null;
        InvalidSettingsException problem = null;
        try {
            ready = ConcentratorSettings.from(config);
        } catch (InvalidSettingsException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            problem = e;
        }
        this.settings = ready;
        this.invalid = problem;
        this.client = ready == null ? null : new OctClient(ready);
        this.id = ready != null ? ready.id() : config.id() == null || config.id().isBlank() ? "oct-invalid" : config.id().strip();
    }

    OctTransport(ConcentratorSettings settings) {
        this.settings = settings;
        this.invalid = null;
        this.client = new OctClient(settings);
        this.id = settings.id();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void send(OutgoingFile file) throws TransportException {
        requireUsable().send(file);
    }

    @Override
    public List<IncomingFile> receive() throws TransportException {
        List<IncomingFile> files = new ArrayList<>();
        requireUsable().receive(files::add, false);
        return files;
    }

    @Override
    public int receive(IncomingFileSink sink) throws TransportException {
        return requireUsable().receive(sink, true);
    }

    private OctClient requireUsable() throws TransportException {
        if (invalid != null) {
            throw new TransportException(Messages.format(Locale.FRENCH, "settings.invalid",
                    String.join(" ", invalid.messages(Locale.FRENCH))), false, invalid);
        }
        if (!settings.teletransmission()) {
            throw new TransportException(Messages.format(Locale.FRENCH, "not.teletransmission", settings.name()), false,
                    null);
        }
        return client;
    }
}
