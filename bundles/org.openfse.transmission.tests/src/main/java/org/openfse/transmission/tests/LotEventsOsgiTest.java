package org.openfse.transmission.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.command.CliCommand;
import org.openfse.core.events.Topics;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

/** Lot moves are posted as LOT_STATE_CHANGED after the transaction (lot number, from, to). */
@ExtendWith({BundleContextExtension.class, ServiceExtension.class})
class LotEventsOsgiTest {

    @InjectService(timeout = 20_000)
    Store store;

    @InjectService(timeout = 20_000)
    LotService lots;

    @InjectService(filter = "(openfse.command=demo)", timeout = 20_000)
    CliCommand demo;

    @Test
    void mettreEnFichierPostsTheMove(@InjectBundleContext BundleContext context) throws InterruptedException {
        String ps = TestPractitioners.freshPsNumber();
        TestPractitioners.nurse(store, ps, 42);
        assertEquals(CliCommand.OK, Cli.run(demo, "bill", "1", "--ps", ps).code());
        List<LotSummary> made = lots.makeLots("test", ps);
        assertEquals(1, made.size());

        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, Topics.LOT_STATE_CHANGED);
        properties.put(EventConstants.EVENT_FILTER, "(" + Topics.LOT + "=042)");
        ServiceRegistration<EventHandler> registration = context.registerService(EventHandler.class, received::add,
                properties);
        try {
            lots.makeFile("test", made.get(0).id());
            Event event = received.poll(10, TimeUnit.SECONDS);
            assertTrue(event != null, "no LOT_STATE_CHANGED within 10 s");
            assertEquals("042", event.getProperty(Topics.LOT));
            assertEquals("IN_LOT", event.getProperty(Topics.FROM));
            assertEquals("FILE_CREATED", event.getProperty(Topics.TO));
        } finally {
            registration.unregister();
        }
    }
}
