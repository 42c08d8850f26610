package org.openfse.billing.internal;

import static org.openfse.core.billing.InvoiceState.ANOMALY;
import static org.openfse.core.billing.InvoiceState.ARL_NEGATIVE;
import static org.openfse.core.billing.InvoiceState.ARL_POSITIVE;
import static org.openfse.core.billing.InvoiceState.CANCELLED;
import static org.openfse.core.billing.InvoiceState.DEFACTURED;
import static org.openfse.core.billing.InvoiceState.DRAFT;
import static org.openfse.core.billing.InvoiceState.IN_LOT;
import static org.openfse.core.billing.InvoiceState.NO_ARL_EXPECTED;
import static org.openfse.core.billing.InvoiceState.PAID;
import static org.openfse.core.billing.InvoiceState.PARTLY_PAID;
import static org.openfse.core.billing.InvoiceState.RATES_CHECKED;
import static org.openfse.core.billing.InvoiceState.RECYCLED;
import static org.openfse.core.billing.InvoiceState.REJECTED;
import static org.openfse.core.billing.InvoiceState.SECURED;
import static org.openfse.core.billing.InvoiceState.SENT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.billing.InvoiceState;

/**
 * The moves an invoice may make between its {@link InvoiceState}s. Source: DOMAIN.md "Invoice
 * lifecycle", from seed 002 (vérification du taux, securing, lots, ARL, suivi des facturations) and
 * seeds 000/001 (reject handling).
 *
 * <table>
 * <caption>Allowed moves</caption>
 * <tr><th>from</th><th>to</th><th>why</th></tr>
 * <tr><td>DRAFT</td><td>RATES_CHECKED, CANCELLED</td><td>"vérification du taux" done; or given up</td></tr>
 * <tr><td>RATES_CHECKED</td><td>DRAFT, SECURED, CANCELLED</td><td>any change of the invoice requires
 * the check again (seed 002); secured by the SESAM engine</td></tr>
 * <tr><td>SECURED</td><td>IN_LOT, CANCELLED, DEFACTURED</td><td>put in a lot; cancelled or défacturée
 * while not yet sent (seed 000: an FSE not teletransmitted may be défacturée without a reject)</td></tr>
 * <tr><td>IN_LOT</td><td>SENT, SECURED</td><td>the lot is sent; or the invoice is taken out of the lot
 * before sending</td></tr>
 * <tr><td>SENT</td><td>ARL_POSITIVE, ARL_NEGATIVE, NO_ARL_EXPECTED</td><td>the lot's ARL; dégradé
 * mode expects none</td></tr>
 * <tr><td>ARL_NEGATIVE</td><td>SENT, DEFACTURED</td><td>the lot is sent again; or the invoice is
 * défacturée</td></tr>
 * <tr><td>ARL_POSITIVE, NO_ARL_EXPECTED</td><td>PAID, PARTLY_PAID, REJECTED, ANOMALY</td><td>the payer's
 * NOEMIE return</td></tr>
 * <tr><td>PARTLY_PAID</td><td>PAID, ANOMALY, REJECTED</td><td>the rest of the payment, or a later
 * return</td></tr>
 * <tr><td>ANOMALY</td><td>PAID</td><td>manual lettrage</td></tr>
 * <tr><td>REJECTED</td><td>DEFACTURED</td><td>seed 000: only an FSE rejected with "-" in the RSP
 * column may be défacturée once sent</td></tr>
 * <tr><td>DEFACTURED</td><td>RECYCLED</td><td>billed again under a new number (seed 000,
 * "Refacturer")</td></tr>
 * <tr><td>PAID, CANCELLED, RECYCLED</td><td>none</td><td>final</td></tr>
 * </table>
 *
 * <p>So an invoice is défacturée only when it was rejected, not yet sent, or after a negative ARL;
 * an invoice in the caisse's hands ("Traitement caisse", "?" in the RSP column) is not.
 */
final class InvoiceLifecycle {

    private static final Map<InvoiceState, Set<InvoiceState>> NEXT = table();

    private final Messages messages;

    InvoiceLifecycle() {
        this(Messages.load());
    }

    InvoiceLifecycle(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    private static Map<InvoiceState, Set<InvoiceState>> table() {
        Map<InvoiceState, Set<InvoiceState>> next = new EnumMap<>(InvoiceState.class);
        next.put(DRAFT, EnumSet.of(RATES_CHECKED, CANCELLED));
        next.put(RATES_CHECKED, EnumSet.of(DRAFT, SECURED, CANCELLED));
        next.put(SECURED, EnumSet.of(IN_LOT, CANCELLED, DEFACTURED));
        next.put(IN_LOT, EnumSet.of(SENT, SECURED));
        next.put(SENT, EnumSet.of(ARL_POSITIVE, ARL_NEGATIVE, NO_ARL_EXPECTED));
        next.put(ARL_NEGATIVE, EnumSet.of(SENT, DEFACTURED));
        next.put(ARL_POSITIVE, EnumSet.of(PAID, PARTLY_PAID, REJECTED, ANOMALY));
        next.put(NO_ARL_EXPECTED, EnumSet.of(PAID, PARTLY_PAID, REJECTED, ANOMALY));
        next.put(PARTLY_PAID, EnumSet.of(PAID, ANOMALY, REJECTED));
        next.put(ANOMALY, EnumSet.of(PAID));
        next.put(REJECTED, EnumSet.of(DEFACTURED));
        next.put(DEFACTURED, EnumSet.of(RECYCLED));
        next.put(PAID, EnumSet.noneOf(InvoiceState.class));
        next.put(CANCELLED, EnumSet.noneOf(InvoiceState.class));
        next.put(RECYCLED, EnumSet.noneOf(InvoiceState.class));
        for (InvoiceState state : InvoiceState.values()) {
            if (!next.containsKey(state)) {
                throw new AssertionError("no row for " + state);
            }
            next.put(state, Collections.unmodifiableSet(next.get(state)));
        }
        return Collections.unmodifiableMap(next);
    }

    /** The states an invoice may move to from {@code from}; empty for a final state. */
    Set<InvoiceState> nextStates(InvoiceState from) {
        return NEXT.get(Objects.requireNonNull(from, "from"));
    }

    /** Whether the move is allowed. */
    boolean allows(InvoiceState from, InvoiceState to) {
        return nextStates(from).contains(Objects.requireNonNull(to, "to"));
    }

    /** @throws IllegalTransitionException when the move is not allowed, with a French message */
    void requireTransition(InvoiceState from, InvoiceState to) {
        if (!allows(from, to)) {
            String message = from.isFinal()
                    ? messages.format("transition.refused.final", label(from), label(to))
                    : messages.format("transition.refused", label(from), label(to), labels(nextStates(from)));
            throw new IllegalTransitionException(from, to, message);
        }
    }

    /**
     * The same for a stored invoice: the message names its number.
     *
     * @throws IllegalTransitionException when the move is not allowed
     */
    void requireTransition(String number, InvoiceState from, InvoiceState to) {
        if (!allows(from, to)) {
            String message = from.isFinal()
                    ? messages.format("transition.refused.invoice.final", number, label(from), label(to))
                    : messages.format("transition.refused.invoice", number, label(from), label(to), labels(nextStates(from)));
            throw new IllegalTransitionException(from, to, message);
        }
    }

    /** The French label of a state ("Sécurisée", "Recyclée"...). */
    String label(InvoiceState state) {
        return messages.format("state." + state.name());
    }

    private String labels(Set<InvoiceState> states) {
        StringBuilder out = new StringBuilder();
        for (InvoiceState state : states) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append("« ").append(label(state)).append(" »");
        }
        return out.toString();
    }
}
