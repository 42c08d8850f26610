package org.openfse.sesam.reference.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.sesam.FieldMessage;
import org.openfse.core.sesam.FieldMessage.Severity;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckField;
import org.openfse.core.sesam.RateCheckValidation;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;

/**
 * The rules of the "Vérification du taux" (seed 002; DOMAIN.md, "Rights" and "Secure modes"). Errors
 * block; warnings inform. Messages come in the dialog's field order.
 *
 * <ul>
 * <li>Dates: act not after today nor after the invoice date; prescription not after the act.</li>
 * <li>Droits AMO: closed with tiers payant AMO is an error, closed otherwise a warning; unknown with
 * the card or ADR as justification a warning.</li>
 * <li>Modes SESAM-Vitale and désynchronisé need the Vitale card or ADR as AMO justification. Any other
 * justification needs a taux d'exonération (seed 002: "engendrent la nécessité de choisir manuellement
 * le taux d'exonération"); the code must exist in IR_EXO_V.</li>
 * <li>Maternité needs the date of pregnancy or birth, not after the act. Accident du travail needs the
 * accident's date, not after the act, a number of 9 digits when given, and excludes "accident de droit
 * commun".</li>
 * <li>RI/RA only for opticians, and with a prescription date.</li>
 * <li>AMC transmission needs an AMC justification or attestation (seed 002: "ne sera nécessaire qu'en
 * cas de télétransmission de la part RC"); tiers payant AMC without any AMC data: warning.</li>
 * <li>Cards missing for the chosen mode: warning (they may be inserted before securing, which refuses
 * without them); dégradé: warning that the paper FS must be attached (SCOR).</li>
 * <li>ALD without a known ALD exemption on the day: warning.</li>
 * </ul>
 */
final class RateCheckRules {

    private final Messages messages;

    RateCheckRules(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    RateCheckValidation validate(RateCheck check, RateCheckContext context) {
        List<FieldMessage> out = new ArrayList<>();
        LocalDate act = check.actDate();
        if (act.isAfter(context.today())) {
            out.add(error(RateCheckField.ACT_DATE, "check.actAfterToday", Messages.day(act), Messages.day(context.today())));
        }
        if (act.isAfter(check.invoiceDate())) {
            out.add(error(RateCheckField.ACT_DATE, "check.actAfterInvoice", Messages.day(act),
                    Messages.day(check.invoiceDate())));
        }
        check.prescriptionDate().filter(p -> p.isAfter(act)).ifPresent(p -> out.add(
                error(RateCheckField.PRESCRIPTION_DATE, "check.prescriptionAfterAct", Messages.day(p), Messages.day(act))));

        SecureMode mode = check.secureMode();
        boolean cardMode = mode == SecureMode.SESAM_VITALE || mode == SecureMode.DESYNCHRONISE;
        if (cardMode && !check.amoJustification().fromCardOrAdri()) {
            out.add(error(RateCheckField.AMO_JUSTIFICATION, "check.justificationForMode", messages.format("mode." + mode.name())));
        }
        if (check.amoRights() == RightsStatus.State.CLOSED) {
            out.add(check.amoTiersPayant() ? error(RateCheckField.AMO_RIGHTS, "check.rightsClosedTiersPayant")
                    : warning(RateCheckField.AMO_RIGHTS, "check.rightsClosed"));
        } else if (check.amoRights() == RightsStatus.State.UNKNOWN && check.amoJustification().fromCardOrAdri()) {
            out.add(warning(RateCheckField.AMO_RIGHTS, "check.rightsUnknown"));
        }
        if (check.amcTransmission() && check.amcJustification() == org.openfse.core.sesam.Justification.NONE
                && check.effectiveAmcAttestation().isEmpty()) {
            out.add(error(RateCheckField.AMC_JUSTIFICATION, "check.amcJustificationRequired"));
        }
        if (check.commonLawAccident() && check.nature() == InsuranceNature.AT) {
            out.add(error(RateCheckField.COMMON_LAW_ACCIDENT, "check.commonLawAccidentWithAt"));
        }
        if (check.renewal().isPresent()) {
            if (!"optician".equals(context.specialty())) {
                out.add(error(RateCheckField.RENEWAL, "check.renewalNotOptician"));
            } else if (check.prescriptionDate().isEmpty()) {
                out.add(error(RateCheckField.RENEWAL, "check.renewalWithoutPrescription"));
            }
        }
        if (check.aldRelated() && !RateCheckPrefill.aldKnown(context, act)) {
            out.add(warning(RateCheckField.ALD, "check.aldWithoutExemption"));
        }
        natureDetails(check, out);
        exemption(check, out);
        if (check.amcTiersPayant() && check.effectiveAmcAttestation().isEmpty()
                && check.amcJustification() == org.openfse.core.sesam.Justification.NONE) {
            out.add(warning(RateCheckField.AMC_TIERS_PAYANT, "check.amcTiersPayantWithoutAmc"));
        }
        modeWarnings(check, context, out);
        out.sort(java.util.Comparator.comparing(FieldMessage::field));
        return new RateCheckValidation(out);
    }

    private void natureDetails(RateCheck check, List<FieldMessage> out) {
        LocalDate act = check.actDate();
        if (check.nature() == InsuranceNature.MATERNITE) {
            if (check.maternityDate().isEmpty()) {
                out.add(error(RateCheckField.MATERNITY_DATE, "check.maternityDateRequired"));
            } else if (check.maternityDate().get().isAfter(act)) {
                out.add(error(RateCheckField.MATERNITY_DATE, "check.maternityDateAfterAct",
                        Messages.day(check.maternityDate().get()), Messages.day(act)));
            }
        }
        if (check.nature() == InsuranceNature.AT) {
            if (check.workAccidentDate().isEmpty()) {
                out.add(error(RateCheckField.WORK_ACCIDENT_DATE, "check.workAccidentDateRequired"));
            } else if (check.workAccidentDate().get().isAfter(act)) {
                out.add(error(RateCheckField.WORK_ACCIDENT_DATE, "check.workAccidentDateAfterAct",
                        Messages.day(check.workAccidentDate().get()), Messages.day(act)));
            }
            check.workAccidentNumber().filter(n -> !n.matches("\\d{9}")).ifPresent(n -> out.add(
                    error(RateCheckField.WORK_ACCIDENT_NUMBER, "check.workAccidentNumber", n)));
        }
    }

    private void exemption(RateCheck check, List<FieldMessage> out) {
        var code = check.effectiveExemptionCode();
        if (code.isPresent() && !ExemptionCodes.known(code.get())) {
            out.add(error(RateCheckField.EXEMPTION, "check.exemptionUnknown", code.get()));
        } else if (code.isEmpty() && !check.amoJustification().fromCardOrAdri()) {
            out.add(error(RateCheckField.EXEMPTION, "check.exemptionRequired"));
        }
    }

    private void modeWarnings(RateCheck check, RateCheckContext context, List<FieldMessage> out) {
        SecureMode mode = check.secureMode();
        String label = messages.format("mode." + mode.name());
        boolean needsCps = mode == SecureMode.SESAM_VITALE || mode == SecureMode.DEGRADE;
        boolean needsVitale = mode == SecureMode.SESAM_VITALE || mode == SecureMode.DESYNCHRONISE;
        if (needsCps && !context.cpsAuthenticated()) {
            out.add(warning(RateCheckField.SECURE_MODE, "securing.CPS_REQUIRED", label));
        }
        if (needsVitale && !context.vitalePresent()) {
            out.add(warning(RateCheckField.SECURE_MODE, "securing.VITALE_REQUIRED", label));
        }
        if (mode == SecureMode.DEGRADE) {
            out.add(warning(RateCheckField.SECURE_MODE, "check.degradeAttachment"));
        }
    }

    private FieldMessage error(RateCheckField field, String key, Object... arguments) {
        return new FieldMessage(field, Severity.ERROR, messages.format(key, arguments));
    }

    private FieldMessage warning(RateCheckField field, String key, Object... arguments) {
        return new FieldMessage(field, Severity.WARNING, messages.format(key, arguments));
    }
}
