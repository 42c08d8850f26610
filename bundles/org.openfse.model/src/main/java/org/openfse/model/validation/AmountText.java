package org.openfse.model.validation;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.openfse.core.Money;

/**
 * Reads an amount typed by the user: euros with at most two decimals, comma or dot as decimal
 * separator ({@code 12,50}, {@code 12.5}, {@code 12}). No rounding: {@code 12,345} is refused.
 */
public final class AmountText {

    private static final Pattern FORM = Pattern.compile("-?\\d+([.,]\\d+)?");

    private AmountText() {
    }

    /**
     * @param allowNegative whether a negative amount is acceptable here (counterpart invoices,
     *        retenues); when false {@code -1,00} is refused with {@code amount.negative}
     * @return the amount, or {@code amount.format}, {@code amount.scale} or {@code amount.negative}
     */
    public static Checked<Money> parse(String text, boolean allowNegative) {
        String trimmed = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (!FORM.matcher(trimmed).matches()) {
            return Checked.refused(Problem.error("amount.format", text == null ? "" : text.strip()));
        }
        BigDecimal value = new BigDecimal(trimmed.replace(',', '.'));
        if (value.stripTrailingZeros().scale() > 2) {
            return Checked.refused(Problem.error("amount.scale", trimmed));
        }
        Money money = Money.of(value);
        if (money.isNegative() && !allowNegative) {
            return Checked.refused(Problem.error("amount.negative", ModelValidator.french(money)));
        }
        return Checked.ok(money);
    }
}
