package org.openfse.ui.followup.internal;

import java.time.Instant;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.model.api.AttachmentKind;

/**
 * One SCOR document of Pièces jointes (seed 002: Date envoi PJ, N° Facture, Etat SV, Nom, Prénom,
 * Etat PJ, Type).
 */
public record AttachmentRow(Instant sentAt, int invoiceNumber, String secureShort, String lastName, String firstName,
        AttachmentState state, AttachmentKind kind, String fileName) {
}
