package org.openfse.sesam.reference.internal;

import java.util.Objects;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.sesam.SecuringException.Reason;

/**
 * What each secure mode needs before an invoice may be secured (DOMAIN.md, "Secure modes"; seeds
 * 002 and 004).
 *
 * <ul>
 * <li>SESAM-Vitale: the CPS with its PIN verified and the patient's Vitale card, together.</li>
 * <li>Désynchronisé: the Vitale card at the first step ({@link #requireDesynchronisedStart}); the CPS at
 * the second. {@link #require} checks both steps at once (one-call securing): CPS and Vitale.</li>
 * <li>Dégradé: the CPS with its PIN verified, and a SCOR attachment of the paper invoice.</li>
 * <li>Non sécurisé (paper): nothing.</li>
 * </ul>
 *
 * When several conditions fail, the CPS is reported first, then the Vitale card, then the
 * attachment.
 */
final class ModeConditions {

    private final Messages messages;

    ModeConditions(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * @throws SecuringException with the reason and a French message when a condition of the
     *         request's mode is not met
     */
    void require(SecureRequest request) throws SecuringException {
        SecureMode mode = request.mode();
        switch (mode) {
            case SESAM_VITALE -> {
                requireCps(request);
                requireVitale(request);
            }
            case DESYNCHRONISE -> {
                requireCps(request);
                requireVitale(request);
            }
            case DEGRADE -> {
                requireCps(request);
                if (!request.attachmentProvided()) {
                    throw refusal(Reason.ATTACHMENT_REQUIRED, mode);
                }
            }
            case NON_SECURISE -> {
                // a paper invoice needs no card
            }
        }
    }

    /** The first step of a désynchronisé securing: the mode must be désynchronisé and the Vitale card present. */
    void requireDesynchronisedStart(SecureRequest request) throws SecuringException {
        if (request.mode() != SecureMode.DESYNCHRONISE) {
            throw new SecuringException(Reason.MODE_NOT_SUPPORTED,
                    messages.format("securing.desync.wrongMode", messages.format("mode." + request.mode().name())));
        }
        requireVitale(request);
    }

    /** The second step: the CPS. */
    void requireDesynchronisedCompletion(boolean cpsAuthenticated) throws SecuringException {
        if (!cpsAuthenticated) {
            throw refusal(Reason.CPS_REQUIRED, SecureMode.DESYNCHRONISE);
        }
    }

    /** A French refusal of a désynchronisé completion ({@code CONTENT_CHANGED}, {@code PS_MISMATCH}). */
    SecuringException completionRefusal(Reason reason, Object... arguments) {
        return new SecuringException(reason, messages.format("securing." + reason.name(), arguments));
    }

    private void requireCps(SecureRequest request) throws SecuringException {
        if (!request.cpsAuthenticated()) {
            throw refusal(Reason.CPS_REQUIRED, request.mode());
        }
    }

    private void requireVitale(SecureRequest request) throws SecuringException {
        if (!request.vitalePresent()) {
            throw refusal(Reason.VITALE_REQUIRED, request.mode());
        }
    }

    private SecuringException refusal(Reason reason, SecureMode mode) {
        String modeLabel = messages.format("mode." + mode.name());
        return new SecuringException(reason, messages.format("securing." + reason.name(), modeLabel));
    }
}
