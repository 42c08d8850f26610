package org.openfse.transmission.mail.internal;

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
 * The mail transport, id {@value #ID}: lots out over SMTP, returns in over POP3 ({@link MailClient}).
 * Registered only while configuration {@value MailSettings#PID} exists; a configuration that does
 * not pass {@link MailOptions#from} still registers the transport, which then refuses every
 * exchange with the French reasons, so the user sees what to fix.
 */
@Component(service = Transport.class, configurationPid = MailSettings.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = Transport.ID_PROPERTY + "=" + MailTransport.ID)
@Designate(ocd = MailSettings.class)
public final class MailTransport implements Transport {

    /** Transport id of the mail transport. */
    public static final String ID = "mail";

    private static final System.Logger LOG = System.getLogger(MailTransport.class.getName());

    private final MailClient client;
    private final InvalidSettingsException invalid;

    @Activate
    public MailTransport(MailSettings settings) {
        MailClient ready = null;
        InvalidSettingsException problem = null;
        try {
            ready = new MailClient(MailOptions.from(settings));
        } catch (InvalidSettingsException e) {
            LOG.log(System.Logger.Level.ERROR, e.getMessage());
            problem = e;
        }
        this.client = ready;
        this.invalid = problem;
    }

    MailTransport(MailOptions options) {
        this.client = new MailClient(options);
        this.invalid = null;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void send(OutgoingFile file) throws TransportException {
        requireValid().send(file);
    }

    @Override
    public List<IncomingFile> receive() throws TransportException {
        // without a sink nothing can be acknowledged: the messages stay in the mailbox
        List<IncomingFile> files = new java.util.ArrayList<>();
        requireValid().receive(files::add, false);
        return files;
    }

    @Override
    public int receive(IncomingFileSink sink) throws TransportException {
        return requireValid().receive(sink, true);
    }

    private MailClient requireValid() throws TransportException {
        if (invalid != null) {
            throw new TransportException(Messages.format(Locale.FRENCH, "settings.invalid",
                    String.join(" ", invalid.messages(Locale.FRENCH))), false, invalid);
        }
        return client;
    }
}
