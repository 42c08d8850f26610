package org.openfse.tariff.spi;

/**
 * Names of request fields, as {@link org.openfse.core.tariff.PricingException#field()} reports
 * them: {@code lines[0].code} for the first line's code (indexes start at 0, as in the JSON
 * input of the price command).
 */
public final class Fields {

    /** The day of care. */
    public static final String DATE = "date";
    /** The complementary amount. */
    public static final String AMC_AMOUNT = "amc.amount";
    /** The complementary contract rate. */
    public static final String AMC_RATE = "amc.rate";
    /** The exemption situation of the coverage. */
    public static final String EXEMPTION = Exemptions.FIELD;
    /** The optical renewal indicator (RI/RA). */
    public static final String RENEWAL = "renewal";
    /** The list of lines. */
    public static final String LINES = "lines";

    private Fields() {
    }

    /** {@code lines[index]}, a whole line. */
    public static String line(int index) {
        return LINES + "[" + index + "]";
    }

    /** {@code lines[index].name}. */
    public static String line(int index, String name) {
        return line(index) + "." + name;
    }
}
