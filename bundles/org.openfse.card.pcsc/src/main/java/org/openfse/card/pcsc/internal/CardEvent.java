package org.openfse.card.pcsc.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.openfse.core.card.CardType;
import org.openfse.core.events.Topics;

/**
 * One event of {@link Topics}' card topics, before it is posted.
 *
 * @param topic one of the {@code CARD_*} topics
 * @param reader the reader name
 * @param type the card type for {@link Topics#CARD_INSERTED}, else {@link CardType#NONE}
 */
record CardEvent(String topic, String reader, CardType type) {

    CardEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(type, "type");
    }

    static CardEvent readerAdded(String reader) {
        return new CardEvent(Topics.CARD_READER_ADDED, reader, CardType.NONE);
    }

    static CardEvent readerRemoved(String reader) {
        return new CardEvent(Topics.CARD_READER_REMOVED, reader, CardType.NONE);
    }

    static CardEvent inserted(String reader, CardType type) {
        return new CardEvent(Topics.CARD_INSERTED, reader, type);
    }

    static CardEvent removed(String reader) {
        return new CardEvent(Topics.CARD_REMOVED, reader, CardType.NONE);
    }

    /** The Event Admin properties. */
    Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(Topics.READER, reader);
        if (Topics.CARD_INSERTED.equals(topic)) {
            properties.put(Topics.CARD_TYPE, type.name());
        }
        return properties;
    }
}
