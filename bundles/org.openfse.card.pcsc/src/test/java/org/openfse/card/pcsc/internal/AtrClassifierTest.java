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
    void anEmptyTableKnowsNoCard() {
        assertEquals(CardType.UNKNOWN, AtrClassifier.empty().classify(VITALE_2_ATR));
        assertEquals(CardType.UNKNOWN, AtrClassifier.empty().classify(CPS_ATR));
    }

    // pcsc-tools 1.6.2 smartcard_list.txt: "3B 75 13 00 00 48 09 EA 90 00 Carte Vitale (HealthCare)",
    // "3F 65 25 00 52 09 6A 90 00 French carte Vitale", "3B AC 00 40 2A 00 12 25 00 64 80 82 02 12 00 90 00 ... CPS".
    @Test
    void theInstalledTableKnowsTheRealVitaleAndCpsAtrs() {
        AtrClassifier installed = AtrClassifier.installed();
        assertEquals(CardType.VITALE, installed.classify(VITALE_2_ATR));
        assertEquals(CardType.VITALE, installed.classify(HexFormat.of().parseHex("3B751300004809EA9000")));
        assertEquals(CardType.VITALE, installed.classify(HexFormat.of().parseHex("3F65250052096A9000")));
        assertEquals(CardType.CPS, installed.classify(CPS_ATR));
        assertEquals(CardType.CPS, installed.classify(HexFormat.of().parseHex("3BAC00402A00122500648082021200900" + "0")));
        assertEquals(CardType.UNKNOWN, installed.classify(HexFormat.of().parseHex("3B8F8001804F0CA000000306")));
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
