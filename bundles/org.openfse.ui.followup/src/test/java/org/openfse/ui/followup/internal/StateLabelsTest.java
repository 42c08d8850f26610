package org.openfse.ui.followup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfse.core.attachment.AttachmentState;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.LotState;
import org.openfse.core.returns.FollowUpState;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.RspMark;
import org.openfse.core.sesam.SecureMode;

/** The French names of the states, as seed 002 writes them. */
class StateLabelsTest {

    @Test
    void everyLotStateHasTheNameOfTheSeed() {
        // Seed 002, "Il existe d'autres états": the fifteen lot states in the seed's order.
        List<String> seed = List.of("Mis en lot", "Fichier créé", "Lot expédié", "Réexpédié", "Lot acheminé", "ARL positif reçu", "RSP",
                "Lot acquitté", "ARL négatif reçu", "AR provisoire", "Absence ARL – manuel obligatoire", "Absence ARL – renvoyer lot",
                "Avis de non remise", "Lot rejeté", "Erreur");
        assertEquals(seed, Arrays.stream(LotState.values()).map(StateLabels::lot).toList());
    }

    @Test
    void lotStatesAreColouredByWhatTheUserHasToDo() {
        assertEquals(Tone.PROGRESS, StateLabels.tone(LotState.SENT));
        assertEquals(Tone.SUCCESS, StateLabels.tone(LotState.ARL_POSITIVE));
        assertEquals(Tone.SUCCESS, StateLabels.tone(LotState.RSP));
        assertEquals(Tone.WARNING, StateLabels.tone(LotState.NO_ARL_MANUAL));
        assertEquals(Tone.ERROR, StateLabels.tone(LotState.REJECTED));
        assertEquals(Tone.ERROR, StateLabels.tone(LotState.ARL_NEGATIVE));
    }

    @Test
    void theTransmissionListNamesTheThreeFseStatesOfTheSeed() {
        // Seed 002: "Sécurisé", "TP Calculé", "FSE supprimée"; only "Sécurisé" is sent.
        assertEquals("Sécurisé", StateLabels.fse(InvoiceState.SECURED));
        assertEquals("TP calculé", StateLabels.fse(InvoiceState.RATES_CHECKED));
        assertEquals("FSE supprimée", StateLabels.fse(InvoiceState.CANCELLED));
        assertTrue(StateLabels.selectable(InvoiceState.SECURED));
        assertFalse(StateLabels.selectable(InvoiceState.RATES_CHECKED));
        assertFalse(StateLabels.selectable(InvoiceState.CANCELLED));
        for (InvoiceState state : InvoiceState.values()) {
            assertFalse(StateLabels.fse(state).startsWith("!"), state::name);
        }
    }

    @Test
    void attachmentStatesAreWrittenInCapitals() {
        // Seed 002, Pièces jointes: MANQUANT, NON CONFORM(E), CONFORME, ARCHIVE...
        assertEquals("MANQUANT", StateLabels.attachment(AttachmentState.MISSING));
        assertEquals("NON CONFORME", StateLabels.attachment(AttachmentState.NON_COMPLIANT));
        assertEquals("COLLECTE PAPIER", StateLabels.attachment(AttachmentState.PAPER_COLLECTION));
        for (AttachmentState state : AttachmentState.values()) {
            assertFalse(StateLabels.attachment(state).startsWith("!"), state::name);
        }
        assertEquals("SV", StateLabels.secureShort(SecureMode.SESAM_VITALE));
        assertEquals("DEO", StateLabels.secureShort(SecureMode.DEGRADE));
    }

    @Test
    void followUpStatesMarksAndImportStatusesHaveFrenchNames() {
        // Seed 002, Suivi facturations: En cours, Payé, Rejeté, En anomalie.
        assertEquals(List.of("En cours", "Payé", "Rejeté", "En anomalie"),
                Arrays.stream(FollowUpState.values()).map(StateLabels::followUp).toList());
        assertEquals("-", StateLabels.rspMark(RspMark.FINAL));
        assertEquals("Traitement manuel", StateLabels.rspMark(RspMark.MANUAL_PROCESSING));
        assertEquals("?", StateLabels.rspMark(RspMark.UNDETERMINED));
        for (ImportStatus status : ImportStatus.values()) {
            assertFalse(StateLabels.importStatus(status).startsWith("!"), status::name);
        }
        assertEquals(Tone.ERROR, StateLabels.tone(ImportStatus.QUARANTINED));
        assertEquals(Tone.ERROR, StateLabels.tone(FollowUpState.REJECTED));
    }

    @Test
    void recordProblemsAreToldInFrench() {
        assertEquals("Une ligne n'a pas 128 caractères.",
                StateLabels.recordError(new org.openfse.core.returns.RecordError(3, 256, "BAD_LENGTH", "line 3 is 120 bytes")));
        assertEquals("Enregistrement non utilisé (code NEW_CODE).",
                StateLabels.recordError(new org.openfse.core.returns.RecordError(1, 0, "NEW_CODE", "whatever")));
    }
}
