package org.openfse.simulator.internal.caisse;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.openfse.simulator.CaisseDeTest;
import org.openfse.simulator.ScriptedNoemieReplies;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Demo mode (ADR 0008): the "Caisse de TEST" runs in-process and, when the practice has no mail
 * configuration of its own, the mail transport is configured to it (configuration marked
 * {@value #MARKER}{@code =true}), so "Envoyer et recevoir" works out of the box and lots are
 * answered (ARL, then NOEMIE returns of {@link ScriptedNoemieReplies}).
 *
 * <p>Nothing happens in production mode (framework property {@code openfse.mode=production}) or with
 * {@code openfse.simulator=off}, except that a configuration this component made earlier (left by a
 * process that was killed) is deleted. A configuration the user made is never touched.
 */
@Component(service = {})
public final class DemoCaisse {

    /** Property marking the mail configuration made by the simulator. */
    static final String MARKER = "openfse.simulator";
    private static final String MAIL_PID = "org.openfse.transmission.mail";
    private static final System.Logger LOG = System.getLogger(DemoCaisse.class.getName());

    private final ConfigurationAdmin configurations;
    private final CaisseDeTest caisse;
    private Configuration made;

    @Activate
    public DemoCaisse(@Reference ConfigurationAdmin configurations, BundleContext context) throws IOException {
        this.configurations = configurations;
        boolean demo = !"production".equals(context.getProperty("openfse.mode"))
                && !"off".equals(context.getProperty(MARKER));
        Configuration ours = ours();
        if (!demo) {
            if (ours != null) {
                ours.delete();
            }
            caisse = null;
            return;
        }
        Configuration existing = configurations.getConfiguration(MAIL_PID, "?");
        if (existing.getProperties() != null && ours == null) {
            LOG.log(System.Logger.Level.INFO, "demo mode: a mail configuration exists; the Caisse de TEST is not started");
            caisse = null;
            return;
        }
        caisse = CaisseDeTest.start(List.of(new ScriptedNoemieReplies()));
        Dictionary<String, Object> values = new Hashtable<>(Map.of("smtpHost", "127.0.0.1", "smtpPort", caisse.smtpPort(),
                "smtpSecurity", "NONE", "pop3Host", "127.0.0.1", "pop3Port", caisse.pop3Port(), "pop3Security", "NONE",
                "user", CaisseDeTest.PS_LOGIN, "password", CaisseDeTest.PS_PASSWORD, "senderAddress", CaisseDeTest.PS_ADDRESS,
                "recipientDomain", CaisseDeTest.RECIPIENT_DOMAIN));
        values.put(MARKER, Boolean.TRUE);
        existing.update(values);
        made = existing;
        LOG.log(System.Logger.Level.INFO, "demo mode: Caisse de TEST on 127.0.0.1, SMTP " + caisse.smtpPort() + ", POP3 "
                + caisse.pop3Port() + ", concentrator " + caisse.octPort());
    }

    private Configuration ours() throws IOException {
        try {
            Configuration[] found = configurations.listConfigurations("(&(service.pid=" + MAIL_PID + ")(" + MARKER + "=true))");
            return found == null || found.length == 0 ? null : found[0];
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Deactivate
    void stop() {
        if (made != null) {
            try {
                made.delete();
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.WARNING, "demo mode: could not delete the simulator's mail configuration", e);
            }
        }
        if (caisse != null) {
            caisse.close();
        }
    }
}
