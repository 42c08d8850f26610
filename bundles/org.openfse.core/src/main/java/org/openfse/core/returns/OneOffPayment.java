package org.openfse.core.returns;

import java.time.LocalDate;
import org.openfse.core.Money;

/**
 * A one-off or flat-rate payment, entity 261 and its detail 262 (NOEMIE-PS.md 6.5, 7.19,
 * 7.20), e.g. the annual SESAM-Vitale aid.
 *
 * @param code the 261 payment code (5 digits)
 * @param amount the 261 amount
 * @param detailCode the 262 code, blank without a 262
 * @param label the 262 wording, blank without a 262
 * @param nir beneficiary NIR + key from the 262, blank when absent
 * @param birthDate from the 262, {@code null} when absent
 * @param period {@code H W M T S A P} period kind, blank when absent
 * @param from period start, {@code null} when absent
 * @param to period end, {@code null} when absent
 */
public record OneOffPayment(String code, Money amount, String detailCode, String label, String nir,
        LocalDate birthDate, String period, LocalDate from, LocalDate to) {
}
