package org.openfse.transmission.internal;

import static org.openfse.core.lot.LotState.ACQUITTED;
import static org.openfse.core.lot.LotState.ARL_NEGATIVE;
import static org.openfse.core.lot.LotState.ARL_POSITIVE;
import static org.openfse.core.lot.LotState.DELIVERED;
import static org.openfse.core.lot.LotState.ERROR;
import static org.openfse.core.lot.LotState.FILE_CREATED;
import static org.openfse.core.lot.LotState.IN_LOT;
import static org.openfse.core.lot.LotState.NOT_DELIVERED;
import static org.openfse.core.lot.LotState.NO_ARL_MANUAL;
import static org.openfse.core.lot.LotState.NO_ARL_RESEND;
import static org.openfse.core.lot.LotState.PROVISIONAL_ACK;
import static org.openfse.core.lot.LotState.REJECTED;
import static org.openfse.core.lot.LotState.RESENT;
import static org.openfse.core.lot.LotState.RSP;
import static org.openfse.core.lot.LotState.SENT;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.billing.IllegalTransitionException;
import org.openfse.core.lot.LotState;

/**
 * The moves a lot may make between the states the seed 002 software lists ("Mis en lot", "Fichier
 * créé", "Lot expédié", "Réexpédié", "Lot acheminé", "ARL positif reçu", "RSP", "Lot acquitté", "ARL
 * négatif reçu", "AR provisoire", "Absence ARL – manuel obligatoire", "Absence ARL – renvoyer lot",
 * "Avis de non remise", "Lot rejeté", "Erreur"). Seed 002 gives the usual path: lot expédié, ARL
 * positif reçu, RSP; DOMAIN.md "Lots and transmission" the steps before it (mettre en lot, mettre en
 * fichier, envoyer) and "on failure: retry".
 *
 * <p>Moves added for sending and receiving (lots helper, issue 8): FILE_CREATED → RESENT (an attempt
 * was started before a crash and may have reached the payer), ERROR → SENT (every earlier attempt
 * failed in the transport, nothing left), ARL_NEGATIVE / NO_ARL_* / NOT_DELIVERED → ERROR (the resend
 * failed), NO_ARL_* → ARL_POSITIVE / ARL_NEGATIVE (a late ARL), NO_ARL_MANUAL → NO_ARL_RESEND (the
 * user asks to resend), SENT / RESENT / DELIVERED → RSP (a dégradé lot expects no ARL, its NOEMIE
 * returns come directly), ARL_POSITIVE → REJECTED (the payer rejects the lot after acquisition, seed
 * 002 "Lot rejeté Code: 4025"), NOT_DELIVERED → REJECTED, PROVISIONAL_ACK → NO_ARL_*.
 *
 * <table>
 * <caption>Allowed moves</caption>
 * <tr><th>from</th><th>to</th></tr>
 * <tr><td>IN_LOT</td><td>FILE_CREATED, ERROR</td></tr>
 * <tr><td>FILE_CREATED</td><td>SENT, RESENT, ERROR</td></tr>
 * <tr><td>SENT, RESENT</td><td>DELIVERED, ARL_POSITIVE, ARL_NEGATIVE, PROVISIONAL_ACK, NO_ARL_MANUAL,
 * NO_ARL_RESEND, NOT_DELIVERED, ERROR, RSP</td></tr>
 * <tr><td>DELIVERED</td><td>ARL_POSITIVE, ARL_NEGATIVE, PROVISIONAL_ACK, NO_ARL_MANUAL,
 * NO_ARL_RESEND, RSP</td></tr>
 * <tr><td>PROVISIONAL_ACK</td><td>ARL_POSITIVE, ARL_NEGATIVE, NO_ARL_MANUAL, NO_ARL_RESEND</td></tr>
 * <tr><td>ARL_POSITIVE</td><td>RSP, ACQUITTED, REJECTED</td></tr>
 * <tr><td>RSP</td><td>ACQUITTED</td></tr>
 * <tr><td>ARL_NEGATIVE</td><td>RESENT, REJECTED, ERROR</td></tr>
 * <tr><td>NO_ARL_RESEND</td><td>RESENT, ARL_POSITIVE, ARL_NEGATIVE, ERROR</td></tr>
 * <tr><td>NO_ARL_MANUAL</td><td>ARL_POSITIVE, ARL_NEGATIVE, RESENT, NO_ARL_RESEND, ERROR</td></tr>
 * <tr><td>NOT_DELIVERED</td><td>RESENT, REJECTED, ERROR</td></tr>
 * <tr><td>ERROR</td><td>SENT, RESENT</td></tr>
 * <tr><td>REJECTED, ACQUITTED</td><td>none (final)</td></tr>
 * </table>
 */
final class LotLifecycle {

    private static final Map<LotState, Set<LotState>> NEXT = table();

    private static Map<LotState, Set<LotState>> table() {
        Set<LotState> afterSending = EnumSet.of(DELIVERED, ARL_POSITIVE, ARL_NEGATIVE, PROVISIONAL_ACK, NO_ARL_MANUAL,
                NO_ARL_RESEND, NOT_DELIVERED, ERROR, RSP);
        Map<LotState, Set<LotState>> next = new EnumMap<>(LotState.class);
        next.put(IN_LOT, EnumSet.of(FILE_CREATED, ERROR));
        next.put(FILE_CREATED, EnumSet.of(SENT, RESENT, ERROR));
        next.put(SENT, EnumSet.copyOf(afterSending));
        next.put(RESENT, EnumSet.copyOf(afterSending));
        next.put(DELIVERED, EnumSet.of(ARL_POSITIVE, ARL_NEGATIVE, PROVISIONAL_ACK, NO_ARL_MANUAL, NO_ARL_RESEND, RSP));
        next.put(PROVISIONAL_ACK, EnumSet.of(ARL_POSITIVE, ARL_NEGATIVE, NO_ARL_MANUAL, NO_ARL_RESEND));
        next.put(ARL_POSITIVE, EnumSet.of(RSP, ACQUITTED, REJECTED));
        next.put(RSP, EnumSet.of(ACQUITTED));
        next.put(ARL_NEGATIVE, EnumSet.of(RESENT, REJECTED, ERROR));
        next.put(NO_ARL_RESEND, EnumSet.of(RESENT, ARL_POSITIVE, ARL_NEGATIVE, ERROR));
        next.put(NO_ARL_MANUAL, EnumSet.of(ARL_POSITIVE, ARL_NEGATIVE, RESENT, NO_ARL_RESEND, ERROR));
        next.put(NOT_DELIVERED, EnumSet.of(RESENT, REJECTED, ERROR));
        next.put(ERROR, EnumSet.of(SENT, RESENT));
        next.put(REJECTED, EnumSet.noneOf(LotState.class));
        next.put(ACQUITTED, EnumSet.noneOf(LotState.class));
        for (LotState state : LotState.values()) {
            if (!next.containsKey(state)) {
                throw new AssertionError("no row for " + state);
            }
            next.put(state, Collections.unmodifiableSet(next.get(state)));
        }
        return Collections.unmodifiableMap(next);
    }

    /** The states a lot may move to from {@code from}; empty for a final state. */
    Set<LotState> nextStates(LotState from) {
        return NEXT.get(Objects.requireNonNull(from, "from"));
    }

    /** Whether the move is allowed. */
    boolean allows(LotState from, LotState to) {
        return nextStates(from).contains(Objects.requireNonNull(to, "to"));
    }

    /** @throws IllegalTransitionException when the move is not allowed */
    void requireTransition(LotState from, LotState to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(from, to);
        }
    }
}
