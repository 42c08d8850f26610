package org.openfse.b2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.openfse.core.Money;

/** Values used by the tests (seed 002: invoice 257, 30,00 billed, 5,40 AMO, lot 025 to 01 349 on 28/05/2024). */
final class B2Samples {

    static final LocalDate DAY = LocalDate.of(2024, 5, 28);

    private B2Samples() {
    }

    static B2FileHeader fileHeader() {
        return new B2FileHeader("TP", "00000991000001", "", "00000000001349", "", "000025", DAY, "    ", "B2", "");
    }

    static B2LotHeader lotHeader(int number) {
        return new B2LotHeader("991000001", "349", number, "DEMO ALEX", DAY, 'S', "", "000001", 'E', "01", "349", 'T', "");
    }

    static B2Line line(String code, long feesCents, long baseCents, int rate, long amoCents, long amcCents) {
        return new B2Line("991000001", DAY, code, 1, new BigDecimal("1.00"), 0, Money.ofCents(feesCents),
                Money.ofCents(baseCents), rate, Money.ofCents(amoCents), Money.ofCents(feesCents), ' ', 0,
                Money.ofCents(amcCents));
    }

    static B2Invoice invoice(int number, List<B2Line> lines) {
        return new B2Invoice("991000001", "1800175123456", "47", number, DAY, 0, 'F', "01", "349", "0000", 0, "",
                null, "10", ' ', "800101", 1, "", "05", "", lines);
    }
}
