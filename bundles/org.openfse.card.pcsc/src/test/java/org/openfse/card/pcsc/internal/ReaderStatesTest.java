package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardType;

class ReaderStatesTest {

    private static Map<String, CardType> state(Object... pairs) {
        Map<String, CardType> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (CardType) pairs[i + 1]);
        }
        return map;
    }

    @Test
    void nothingChangedNoEvent() {
        assertEquals(List.of(), ReaderStates.diff(state("A", CardType.VITALE), state("A", CardType.VITALE)));
    }

    @Test
    void aReaderPluggedInWithACard() {
        assertEquals(List.of(CardEvent.readerAdded("A"), CardEvent.inserted("A", CardType.CPS), CardEvent.readerAdded("B")),
                ReaderStates.diff(state(), state("A", CardType.CPS, "B", CardType.NONE)));
    }

    @Test
    void aReaderUnpluggedWithItsCardLosesTheCardFirst() {
        assertEquals(List.of(CardEvent.removed("A"), CardEvent.readerRemoved("A"), CardEvent.readerRemoved("B")),
                ReaderStates.diff(state("A", CardType.VITALE, "B", CardType.NONE), state()));
    }

    @Test
    void cardsInsertedAndRemoved() {
        assertEquals(List.of(CardEvent.inserted("A", CardType.VITALE), CardEvent.removed("B")),
                ReaderStates.diff(state("A", CardType.NONE, "B", CardType.CPS), state("A", CardType.VITALE, "B", CardType.NONE)));
    }

    @Test
    void aCardWhoseTypeChangedIsRemovedAndInsertedAgain() {
        assertEquals(List.of(CardEvent.removed("A"), CardEvent.inserted("A", CardType.VITALE)),
                ReaderStates.diff(state("A", CardType.UNKNOWN), state("A", CardType.VITALE)));
    }

    @Test
    void eventPropertiesNameTheReaderAndTheTypeOfAnInsertedCard() {
        assertEquals(Map.of("reader", "A", "cardType", "VITALE"), CardEvent.inserted("A", CardType.VITALE).properties());
        assertEquals(Map.of("reader", "A"), CardEvent.removed("A").properties());
        assertEquals("org/openfse/card/INSERTED", CardEvent.inserted("A", CardType.VITALE).topic());
    }
}
