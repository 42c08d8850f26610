package org.openfse.card.pcsc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openfse.core.card.CardType;

/** Turns two snapshots of the readers (reader name to the card type, NONE when empty) into events. */
final class ReaderStates {

    private ReaderStates() {
    }

    /**
     * The events that lead from {@code before} to {@code after}: readers gone first (their card removed
     * before them), then readers added (their card inserted after them), then card changes in readers
     * present in both. A card whose type changed (a profile came or went) is removed then inserted again.
     */
    static List<CardEvent> diff(Map<String, CardType> before, Map<String, CardType> after) {
        List<CardEvent> events = new ArrayList<>();
        before.forEach((reader, type) -> {
            if (!after.containsKey(reader)) {
                if (type != CardType.NONE) {
                    events.add(CardEvent.removed(reader));
                }
                events.add(CardEvent.readerRemoved(reader));
            }
        });
        after.forEach((reader, type) -> {
            if (!before.containsKey(reader)) {
                events.add(CardEvent.readerAdded(reader));
                if (type != CardType.NONE) {
                    events.add(CardEvent.inserted(reader, type));
                }
            }
        });
        after.forEach((reader, type) -> {
            CardType previous = before.get(reader);
            if (previous == null || previous == type) {
                return;
            }
            if (previous != CardType.NONE) {
                events.add(CardEvent.removed(reader));
            }
            if (type != CardType.NONE) {
                events.add(CardEvent.inserted(reader, type));
            }
        });
        return events;
    }
}
