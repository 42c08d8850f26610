package org.openfse.ui.followup.internal;

import java.util.Locale;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.LotState;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.returns.FollowUpState;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.RspMark;

/** French names of the states shown by the follow-up screens (seed 002), and their colours. */
public final class StateLabels {

    private StateLabels() {
    }

    /** "Mis en lot", "Lot expédié"... (seed 002, list of lot states). */
    public static String lot(LotState state) {
        return Texts.get("lot.state." + state.name());
    }

    /** The colour of a lot state in the lots list. */
    public static Tone tone(LotState state) {
        return switch (state) {
            case IN_LOT, FILE_CREATED, SENT, RESENT, DELIVERED, PROVISIONAL_ACK -> Tone.PROGRESS;
            case ARL_POSITIVE, RSP, ACQUITTED -> Tone.SUCCESS;
            case NO_ARL_MANUAL, NO_ARL_RESEND -> Tone.WARNING;
            case ARL_NEGATIVE, NOT_DELIVERED, REJECTED, ERROR -> Tone.ERROR;
        };
    }

    /**
     * The "Etat FSE" column of the Télétransmissions list (seed 002): Sécurisé, TP calculé (the
     * tiers payant is computed but no FSE was made), FSE supprimée; other states by their name.
     */
    public static String fse(InvoiceState state) {
        return Texts.get("invoice.state." + state.name());
    }

    /** Only secured invoices are sent (seed 002: "Seules les FSEs en état « Sécurisé » seront télétransmises"). */
    public static boolean selectable(InvoiceState state) {
        return state == InvoiceState.SECURED;
    }

    /** "SV" for an invoice signed with the Vitale card, "DEO" for dégradé, as the seed's PJ list shows. */
    public static String secureShort(SecureMode mode) {
        return mode == null ? "" : Texts.get("secure.short." + mode.name());
    }

    /** "MANQUANT", "NON CONFORME"... (seed 002, Pièces jointes). */
    public static String attachment(AttachmentState state) {
        return state == null ? "" : Texts.get("attachment.state." + state.name()).toUpperCase(Locale.FRANCE);
    }

    /** "-" (final), "Traitement caisse", "Traitement manuel", "?" (not determined). */
    public static String rspMark(RspMark mark) {
        return mark == null ? "" : Texts.get("reject.mark." + mark.name());
    }

    /** "Intégré", "Intégré avec erreurs", "Doublon", "En quarantaine". */
    public static String importStatus(ImportStatus status) {
        return status == null ? "" : Texts.get("import.status." + status.name());
    }

    /** The colour of an import status. */
    public static Tone tone(ImportStatus status) {
        return switch (status) {
            case IMPORTED -> Tone.SUCCESS;
            case IMPORTED_WITH_ERRORS, DUPLICATE -> Tone.WARNING;
            case QUARANTINED -> Tone.ERROR;
        };
    }

    /** The French text of a problem of a NOEMIE file, by its code (the English reason is for the logs). */
    public static String recordError(org.openfse.core.returns.RecordError error) {
        return Texts.getOrDefault("record.error." + error.code(), Texts.get("record.error.other", error.code()));
    }

    /** "En cours", "Payé", "Rejeté", "En anomalie". */
    public static String followUp(FollowUpState state) {
        return Texts.get("followup.state." + state.name());
    }

    /** The colour of a follow-up state. */
    public static Tone tone(FollowUpState state) {
        return switch (state) {
            case IN_PROGRESS -> Tone.PROGRESS;
            case PAID -> Tone.SUCCESS;
            case ANOMALY -> Tone.WARNING;
            case REJECTED -> Tone.ERROR;
        };
    }
}
