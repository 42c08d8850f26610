package org.openfse.transmission.mail.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.Transport;
import org.openfse.simulator.CaisseDeTest;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The mail transport inside OSGi, in demo mode: the simulator's {@code DemoCaisse} starts the
 * "Caisse de TEST" (GreenMail bundle) and writes the mail configuration through Configuration
 * Admin; Declarative Services registers the transport; a lot goes out and its ARL comes back —
 * which proves Jakarta Mail finds the Angus provider in OSGi (ADR 0012).
 */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class MailTransportOsgiTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;


    private static String record(int position, String value) {
        char[] record = new char[128];
        java.util.Arrays.fill(record, ' ');
        value.getChars(0, value.length(), record, position - 1);
        return new String(record);
    }

    @Test
    void aLotGoesOutAndItsArlComesBackThroughTheConfiguredService() throws Exception {
        ServiceTracker<Transport, Transport> tracker = new ServiceTracker<>(context,
                FrameworkUtil.createFilter("(&(objectClass=" + Transport.class.getName() + ")(" + Transport.ID_PROPERTY + "=mail))"),
                null);
        tracker.open();
        try {
            Transport mail = tracker.waitForService(Duration.ofSeconds(30).toMillis());
            assertNotNull(mail, "the mail transport registers once configured");
            assertEquals("mail", mail.id());
            Configuration[] demo = configurationAdmin.listConfigurations(
                    "(&(service.pid=org.openfse.transmission.mail)(openfse.simulator=true))");
            assertNotNull(demo, "the configuration was made by the simulator's demo mode");
            assertEquals(CaisseDeTest.RECIPIENT_DOMAIN, demo[0].getProperties().get("recipientDomain"));
            // one lot (B2.md section 3): 000, 1 (lot 025, PS 992604231, organisme 349), 2, 5, 6, 999
            String b2 = record(1, "000") + "1992604231      349025" + " ".repeat(128 - 22)
                    + record(1, "2") + record(1, "5")
                    + "6992604231001" + " ".repeat(38) + "025" + " ".repeat(128 - 54)
                    + record(1, "999").substring(0, 82) + "001" + " ".repeat(43);

            // the caisse answers while its SMTP server delivers the lot: the ARL is there when send returns
            mail.send(new OutgoingFile("L025.B2", "01 999 0000", b2.getBytes(StandardCharsets.US_ASCII)));

            List<IncomingFile> received = new ArrayList<>();
            assertEquals(1, mail.receive(received::add));
            assertEquals("L025.B2.ARL", received.get(0).name());
            assertEquals("ARLP", new String(received.get(0).content(), StandardCharsets.US_ASCII).substring(0, 4));
        } finally {
            tracker.close();
        }
    }
}
