package org.openfse.card.pcsc.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openfse.core.events.Topics;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/** Listens to the card topics of one driver's readers, as a screen does, and waits for given events. */
final class CardEvents implements EventHandler, AutoCloseable {

    /** An event received: topic, reader, card type (empty when the event has none). */
    record Received(String topic, String reader, String cardType) {
        @Override
        public String toString() {
            return topic.substring(topic.lastIndexOf('/') + 1) + " " + reader + (cardType.isEmpty() ? "" : " " + cardType);
        }
    }

    private final LinkedBlockingQueue<Received> queue = new LinkedBlockingQueue<>();
    private final ServiceRegistration<EventHandler> registration;
    private final String readerPrefix;

    CardEvents(BundleContext context, String readerPrefix) {
        this.readerPrefix = readerPrefix;
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, Topics.CARD_ALL);
        registration = context.registerService(EventHandler.class, this, properties);
    }

    @Override
    public void handleEvent(Event event) {
        Object reader = event.getProperty(Topics.READER);
        if (reader instanceof String name && name.startsWith(readerPrefix)) {
            Object type = event.getProperty(Topics.CARD_TYPE);
            queue.add(new Received(event.getTopic(), name, type == null ? "" : type.toString()));
        }
    }

    /** Forgets what came before. */
    void clear() {
        queue.clear();
    }

    /**
     * Waits for an event with this topic and reader (and card type, unless {@code null}); the events
     * before it are skipped and returned in the failure message if it never comes.
     */
    Received await(String topic, String reader, String cardType, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Received> skipped = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            Received next = left <= 0 ? null : queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no event " + topic + " for " + reader + (cardType == null ? "" : " " + cardType) + " within "
                        + timeout.toMillis() + " ms; received " + skipped);
            }
            if (next.topic().equals(topic) && next.reader().equals(reader) && (cardType == null || cardType.equals(next.cardType()))) {
                return next;
            }
            skipped.add(next);
        }
    }

    @Override
    public void close() {
        registration.unregister();
    }
}
