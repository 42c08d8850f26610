package org.openfse.core.transport;

import org.osgi.annotation.versioning.ProviderType;

/**
 * "Envoyer et recevoir" (seed 002, Télétransmission): sends the lots whose file is ready, receives
 * ARL and NOEMIE returns. Crash safe: a lot is never sent twice without showing "Réexpédié", and a
 * received file is stored before it is acknowledged to the remote side (docs/adr, "Crash-safe
 * sending and receiving").
 *
 * <p>Lots sent: state {@code FILE_CREATED} (first sending, becomes {@code SENT}) and states
 * {@code NO_ARL_RESEND}, {@code NOT_DELIVERED}, {@code ERROR} (becomes {@code RESENT}). A lot whose
 * previous attempt was interrupted (process killed while sending) goes {@code ERROR} then
 * {@code RESENT}. Each lot goes through the transport chosen by {@link TransportRouter}.
 *
 * <p>Runs are serialised: a second call waits for the first to finish.
 *
 * @since 1.1
 */
@ProviderType
public interface ExchangeService {

    /** Sends the ready lots, then receives ("Envoyer et recevoir"). */
    ExchangeReport sendAndReceive(ExchangeProgress progress);

    /** Sends the ready lots only. */
    ExchangeReport send(ExchangeProgress progress);

    /** Receives only ("Recevoir uniquement"): ARL applied to the lots, NOEMIE returns imported or kept. */
    ExchangeReport receive(ExchangeProgress progress);
}
