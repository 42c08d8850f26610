package org.openfse.core;

/**
 * An invoice (FSE/DRE) number: 9 digits, unique per health professional, never reused.
 *
 * @param value 1 to 999,999,999
 */
public record InvoiceNumber(int value) implements Comparable<InvoiceNumber> {

    public static final int MAX = 999_999_999;

    public InvoiceNumber {
        if (value < 1 || value > MAX) {
            throw new IllegalArgumentException("invoice number out of range 1.." + MAX + ": " + value);
        }
    }

    /** Parses the 9-digit form (leading zeros allowed). */
    public static InvoiceNumber parse(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("not an invoice number: '" + text + "'");
        }
        return new InvoiceNumber(Integer.parseInt(text));
    }

    /** The number after this one. */
    public InvoiceNumber next() {
        return new InvoiceNumber(value + 1);
    }

    @Override
    public int compareTo(InvoiceNumber other) {
        return Integer.compare(value, other.value);
    }

    /** The 9-digit, zero-filled form used in B2 and NOEMIE files. */
    @Override
    public String toString() {
        return String.format("%09d", value);
    }
}
