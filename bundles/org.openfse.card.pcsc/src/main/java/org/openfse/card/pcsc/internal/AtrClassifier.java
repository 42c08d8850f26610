package org.openfse.card.pcsc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.openfse.core.card.CardType;

/**
 * Tells the card type from the ATR (answer to reset) with a table of ATR prefixes. The longest
 * matching prefix wins; an ATR that matches no prefix is {@link CardType#UNKNOWN}; no ATR (no
 * card) is {@link CardType#NONE}.
 *
 * <p>The driver asks the installed card profiles first (they know their own cards); this table
 * only names the public ATRs of real cards, so that a real Vitale or CPS card shows as such even
 * when no installed profile can read it.
 */
public final class AtrClassifier {

    /** One row of the table: ATRs starting with {@code prefix} are cards of {@code type}. */
    public record Rule(byte[] prefix, CardType type) {
        public Rule {
            Objects.requireNonNull(type, "type");
            prefix = prefix.clone();
            if (prefix.length == 0) {
                throw new IllegalArgumentException("an empty prefix would match every card");
            }
            if (type == CardType.NONE || type == CardType.UNKNOWN) {
                throw new IllegalArgumentException("a rule names a card type, not " + type);
            }
        }

        /** A rule from hexadecimal text; spaces are ignored ({@code "3B 75 13"}). */
        public static Rule of(String hexPrefix, CardType type) {
            return new Rule(HexFormat.of().parseHex(hexPrefix.replace(" ", "")), type);
        }

        @Override
        public byte[] prefix() {
            return prefix.clone();
        }

        boolean matches(byte[] atr) {
            return atr.length >= prefix.length && Arrays.equals(atr, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    private final List<Rule> rules;

    public AtrClassifier(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((Rule r) -> r.prefix.length).reversed());
        this.rules = List.copyOf(sorted);
    }

    /**
     * The public ATRs of real cards, from pcsc-tools' {@code smartcard_list.txt} (1.6.2): Vitale 2
     * ({@code 3B 75 13 00 00 4x 09 EA 90 00}, x from 3 to 9), Vitale 1 ({@code 3F 65 25 00 ...}), CPS
     * ({@code 3B AC 00 40 2A 00 12 25 00 64 80 ...}).
     */
    public static AtrClassifier installed() {
        return new AtrClassifier(List.of(
                Rule.of("3B 75 13 00 00", CardType.VITALE),
                Rule.of("3F 65 25 00", CardType.VITALE),
                Rule.of("3B AC 00 40 2A 00 12 25 00 64 80", CardType.CPS)));
    }

    /** An empty table: every card is UNKNOWN unless a profile knows it. */
    public static AtrClassifier empty() {
        return new AtrClassifier(List.of());
    }

    /**
     * @param atr the ATR bytes, or {@code null} when the reader holds no card
     */
    public CardType classify(byte[] atr) {
        if (atr == null || atr.length == 0) {
            return CardType.NONE;
        }
        for (Rule rule : rules) {
            if (rule.matches(atr)) {
                return rule.type();
            }
        }
        return CardType.UNKNOWN;
    }
}
