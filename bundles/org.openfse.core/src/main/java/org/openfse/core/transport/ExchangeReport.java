package org.openfse.core.transport;

import java.util.List;
import java.util.Objects;
import org.openfse.core.lot.LotState;

/**
 * What one "Envoyer et recevoir" (or send-only, receive-only) run did.
 *
 * @param lots one entry per lot the run tried to send, in sending order
 * @param received one entry per file received, in arrival order
 * @param problems French texts of what failed outside a lot or a file (a mailbox that could not
 *        be read), in order
 * @since 1.1
 */
public record ExchangeReport(List<LotOutcome> lots, List<ReceivedOutcome> received, List<String> problems) {

    public ExchangeReport {
        lots = List.copyOf(lots);
        received = List.copyOf(received);
        problems = List.copyOf(problems);
    }

    /** A report without problems. */
    public ExchangeReport(List<LotOutcome> lots, List<ReceivedOutcome> received) {
        this(lots, received, List.of());
    }

    /** Whether every lot went out, every received file was handled and nothing else failed. */
    public boolean ok() {
        return problems.isEmpty() && lots.stream().allMatch(LotOutcome::sent)
                && received.stream().noneMatch(r -> r.kind() == ReceivedKind.UNREADABLE);
    }

    /**
     * One lot of the run.
     *
     * @param lotId store id of the {@code Lot}
     * @param number lot number (1 to 999)
     * @param destination destination organisme (régime + caisse + centre)
     * @param transportId transport used (or that would have been used)
     * @param sent whether the transport accepted the file
     * @param state the lot's state after the run ({@link LotState#SENT}, {@link LotState#RESENT},
     *        or unchanged / {@link LotState#ERROR} when it failed)
     * @param message French text for the user (empty when sent)
     */
    public record LotOutcome(long lotId, int number, String destination, String transportId, boolean sent,
            LotState state, String message) {
        public LotOutcome {
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(transportId, "transportId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * One received file.
     *
     * @param fileName its name as received
     * @param transportId the transport it came through
     * @param kind what it was
     * @param lotId the lot it concerns (ARL), or 0
     * @param message French text for the user
     */
    public record ReceivedOutcome(String fileName, String transportId, ReceivedKind kind, long lotId, String message) {
        public ReceivedOutcome {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(transportId, "transportId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }

    /** What a received file turned out to be. */
    public enum ReceivedKind {
        /** ARL positif: the lot moved to {@link LotState#ARL_POSITIVE}. */
        ARL_POSITIVE,
        /** ARL négatif: the lot moved to {@link LotState#ARL_NEGATIVE}. */
        ARL_NEGATIVE,
        /** An ARL already applied earlier (received twice): nothing changed. */
        DUPLICATE,
        /** A NOEMIE return, handed to the returns import (or kept in the inbox folder). */
        NOEMIE,
        /** Not understood: kept verbatim in the inbox folder, nothing changed. */
        UNREADABLE
    }
}
