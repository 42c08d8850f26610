package org.openfse.ui.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openfse.core.Money;

/**
 * French display of amounts and dates: {@code 1 234,56} (no-break space between thousands,
 * comma before the cents), {@code 1 234,56 €}, {@code 28/05/2024}. Amounts come from
 * {@link Money} or {@link BigDecimal}, never from a {@code double}.
 */
public final class FrenchFormat {

    /** The no-break space used between groups of thousands and before the euro sign. */
    public static final char NBSP = '\u00a0';

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private FrenchFormat() {
    }

    /** {@code 1 234,56}; an empty text for {@code null}. */
    public static String amount(Money money) {
        return money == null ? "" : amount(money.toBigDecimal());
    }

    /** {@code 1 234,56 €}; an empty text for {@code null}. */
    public static String euros(Money money) {
        return money == null ? "" : amount(money) + NBSP + "€";
    }

    /** {@code -1 234,56}, rounded half up to the cent. */
    public static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        String plain = cents.abs().toPlainString();
        int dot = plain.indexOf('.');
        String units = plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < units.length(); i++) {
            if (i > 0 && (units.length() - i) % 3 == 0) {
                grouped.append(NBSP);
            }
            grouped.append(units.charAt(i));
        }
        return (cents.signum() < 0 ? "-" : "") + grouped + ',' + plain.substring(dot + 1);
    }

    /** {@code 28/05/2024}; empty for {@code null}. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The local day of an instant, {@code 28/05/2024}; empty for {@code null}. */
    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(ZoneId.systemDefault()));
    }

    /** {@code 28/05/2024 14:05} in local time; empty for {@code null}. */
    public static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A lot number on three digits, {@code 025}. */
    public static String lotNumber(int number) {
        return String.format("%03d", number);
    }
}
