package org.openfse.card.pcsc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.card.CardType;

class AtrClassifierTest {

    // Real ATRs listed in design/PCSC-TESTING.md section 4 (also in pcsc-tools' smartcard_list.txt).
    private static final byte[] VITALE_2_ATR = HexFormat.of().parseHex("3B751300004309EA9000");
    private static final byte[] CPS_ATR = HexFormat.of().parseHex("3BAC00402A001225006480000310009000");

    @Test
    void noCardIsNone() {
        assertEquals(CardType.NONE, AtrClassifier.installed().classify(null));
        assertEquals(CardType.NONE, AtrClassifier.installed().classify(new byte[0]));
    }

    @Test
    void withNoCardProfileInstalledEveryCardIsUnknown() {
        assertEquals(CardType.UNKNOWN, AtrClassifier.installed().classify(VITALE_2_ATR));
        assertEquals(CardType.UNKNOWN, AtrClassifier.installed().classify(CPS_ATR));
    }

    @Test
    void aPrefixTableClassifiesCards() {
        AtrClassifier classifier = new AtrClassifier(List.of(
                AtrClassifier.Rule.of("3B 75 13 00 00 43 09 EA", CardType.VITALE),
                AtrClassifier.Rule.of("3B AC 00 40 2A", CardType.CPS)));

        assertEquals(CardType.VITALE, classifier.classify(VITALE_2_ATR));
        assertEquals(CardType.CPS, classifier.classify(CPS_ATR));
        assertEquals(CardType.UNKNOWN, classifier.classify(HexFormat.of().parseHex("3B8F8001804F0CA000000306")));
    }

    @Test
    void theLongestMatchingPrefixWins() {
        AtrClassifier classifier = new AtrClassifier(List.of(
                AtrClassifier.Rule.of("3B", CardType.CPE),
                AtrClassifier.Rule.of("3BAC0040", CardType.CPS)));

        assertEquals(CardType.CPS, classifier.classify(CPS_ATR));
        assertEquals(CardType.CPE, classifier.classify(VITALE_2_ATR));
    }

    @Test
    void anAtrShorterThanThePrefixDoesNotMatch() {
        AtrClassifier classifier = new AtrClassifier(List.of(AtrClassifier.Rule.of("3B751300004309EA9000FF", CardType.VITALE)));

        assertEquals(CardType.UNKNOWN, classifier.classify(VITALE_2_ATR));
    }

    @Test
    void rulesMustNameACardType() {
        assertThrows(IllegalArgumentException.class, () -> AtrClassifier.Rule.of("", CardType.VITALE));
        assertThrows(IllegalArgumentException.class, () -> AtrClassifier.Rule.of("3B", CardType.NONE));
        assertThrows(IllegalArgumentException.class, () -> AtrClassifier.Rule.of("3B", CardType.UNKNOWN));
    }

    @Test
    void aRuleKeepsItsOwnCopyOfThePrefix() {
        byte[] prefix = {0x3B, 0x75};
        AtrClassifier classifier = new AtrClassifier(List.of(new AtrClassifier.Rule(prefix, CardType.VITALE)));
        prefix[1] = 0x00;

        assertEquals(CardType.VITALE, classifier.classify(VITALE_2_ATR));
    }
}
