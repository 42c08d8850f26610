package org.openfse.core.returns;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What the RSP column says about a rejected invoice (seeds 000 and 001), the same literals as the
 * model's {@code RejectHandling}. Only {@link #FINAL} allows défacturer.
 */
public enum RspMark {
    /** {@code -}: rejected for good; the invoice may be défacturée and billed again. */
    FINAL("-"),
    /** "Traitement caisse": the caisse studies it again; do not défacturer. */
    CAISSE_PROCESSING("TC"),
    /** "Traitement manuel": the caisse studies it again; do not défacturer. */
    MANUAL_PROCESSING("TM"),
    /** {@code ?}: undetermined; the emitting organisme will pay or reject; do not défacturer. */
    UNDETERMINED("?");

    private final String symbol;

    RspMark(String symbol) {
        this.symbol = symbol;
    }

    /** What the RSP column shows. */
    public String symbol() {
        return symbol;
    }

    /** Whether the invoice may be défacturée. */
    public boolean allowsDefacturation() {
        return this == FINAL;
    }

    /**
     * Reads a reject's code and wording: a wording containing "traitement caisse" (accents and
     * case ignored) is {@link #CAISSE_PROCESSING}, "traitement manuel" {@link #MANUAL_PROCESSING},
     * a code or wording that is {@code ?} (or starts with it) {@link #UNDETERMINED}, anything else
     * {@link #FINAL}.
     */
    public static RspMark of(String code, String label) {
        String c = code == null ? "" : code.strip();
        String l = normalize(label);
        if (l.contains("TRAITEMENT CAISSE")) {
            return CAISSE_PROCESSING;
        }
        if (l.contains("TRAITEMENT MANUEL")) {
            return MANUAL_PROCESSING;
        }
        if (c.startsWith("?") || l.startsWith("?")) {
            return UNDETERMINED;
        }
        return FINAL;
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
