package org.openfse.core.tariff;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.openfse.core.Money;

/**
 * What the complementary insurer (AMC) pays on the invoice, in one of two ways:
 * <ul>
 * <li>a fixed amount granted for the whole invoice (attestation or prise en charge, PEC): the
 * engine spreads it over the lines pro rata to their net amount, the rounding remainder on the
 * last line (seed 002, invoice 254);</li>
 * <li>a contract: on each line the contract pays up to {@link #rate()} percent of the base, AMO
 * part included ({@code 100} pays the ticket modérateur, {@code 200} up to twice the base), or,
 * without a rate, the whole fee (frais réels); never the insured's participations nor more than
 * the fee; within {@link #ceiling()} for the whole invoice (a forfait); and, when the contract is
 * {@link #responsible()} (contrat responsable, art. R871-2 CSS), it pays 100 % Santé items up to
 * their price limit and stays within the caps that the specialty publishes (optics: frame and
 * equipment caps, AMO part included).</li>
 * </ul>
 *
 * @param amount the fixed amount; present exactly when there is neither a rate nor a ceiling
 * @param rate the contract rate in whole percent of the base, AMO part included (0 to
 *        {@value #MAX_RATE}); empty for a contract that pays the fee within its ceiling
 * @param ceiling the most the contract pays for this invoice
 * @param responsible whether the contract is a contrat responsable; only meaningful for a contract
 */
public record AmcRequest(Optional<Money> amount, OptionalInt rate, Optional<Money> ceiling, boolean responsible) {

    /** Highest contract rate accepted, whole percent of the base. */
    public static final int MAX_RATE = 1000;

    public AmcRequest {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(ceiling, "ceiling");
        if (amount.isPresent() == (rate.isPresent() || ceiling.isPresent())) {
            throw new IllegalArgumentException("an AMC request has either an amount, or a rate and/or a ceiling");
        }
        if (amount.isPresent() && amount.get().isNegative()) {
            throw new IllegalArgumentException("AMC amount must not be negative: " + amount.get());
        }
        if (rate.isPresent() && (rate.getAsInt() < 0 || rate.getAsInt() > MAX_RATE)) {
            throw new IllegalArgumentException("AMC rate out of 0.." + MAX_RATE + ": " + rate.getAsInt());
        }
        if (ceiling.isPresent() && ceiling.get().isNegative()) {
            throw new IllegalArgumentException("AMC ceiling must not be negative: " + ceiling.get());
        }
    }

    /** A fixed amount (attestation, PEC), spread pro rata. */
    public AmcRequest(Money amount) {
        this(Optional.of(amount), OptionalInt.empty(), Optional.empty(), true);
    }

    /** A contract paying {@code rate} percent of the base, AMO included, within an optional ceiling. */
    public static AmcRequest contract(int rate, Optional<Money> ceiling, boolean responsible) {
        return new AmcRequest(Optional.empty(), OptionalInt.of(rate), ceiling, responsible);
    }

    /** A contract paying the fee (frais réels, AMO part deducted) within {@code ceiling} for the invoice. */
    public static AmcRequest forfait(Money ceiling, boolean responsible) {
        return new AmcRequest(Optional.empty(), OptionalInt.empty(), Optional.of(ceiling), responsible);
    }

    /** Whether the AMC pays by contract (rate and/or ceiling) rather than a fixed amount. */
    public boolean byContract() {
        return amount.isEmpty();
    }
}
