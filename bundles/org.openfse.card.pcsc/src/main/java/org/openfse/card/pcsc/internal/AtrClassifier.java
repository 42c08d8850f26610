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
 * <p>The table is empty for now: OpenFSE's card profiles (which ATRs are Vitale, CPS, CPE cards)
 * come with the card issue, and each profile will add its prefixes here.
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

    /** The table OpenFSE ships today: no card profile yet, so every card is UNKNOWN. */
    public static AtrClassifier installed() {
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
