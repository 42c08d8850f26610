package org.openfse.core.billing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingRequest;

/**
 * What a draft invoice is made of: who bills whom, and the lines as priced by the
 * {@link org.openfse.core.tariff.TariffEngine}. The service copies the request's lines (LPP code,
 * quantity, coefficient, unit price) and the priced amounts (fees, base, rate, AMO, AMC, patient
 * share) into the stored invoice, and the coverage (nature, Alsace-Moselle, ALD, exemption,
 * forcings) into the invoice's header.
 *
 * @param practitionerId store id of the {@code Practitioner} who bills
 * @param patientId store id of the patient folder ({@code Patient})
 * @param beneficiaryId store id of the {@code Beneficiary} inside that folder who received the care
 * @param kind {@link InvoiceKind#FSE} or {@link InvoiceKind#DRE} (cancellations and corrections of
 *        a DRE are made by {@link BillingService#cancelDre} and {@link BillingService#rectifyDre})
 * @param pricing the request given to the tariff engine (its {@code date} is the day of care)
 * @param priced what the tariff engine answered for {@code pricing}: as many lines, same order
 * @param prescriptionId store id of the beneficiary's {@code Prescription} the acts follow, if any
 * @param flow the routing decision's flow, when known
 * @param amoTiersPayant whether the AMO part is paid to the professional (tiers payant)
 * @param amcTiersPayant whether the AMC part is paid to the professional
 */
public record DraftRequest(long practitionerId, long patientId, long beneficiaryId, InvoiceKind kind,
        PricingRequest pricing, PricedInvoice priced, OptionalLong prescriptionId, Optional<InvoiceFlow> flow,
        boolean amoTiersPayant, boolean amcTiersPayant) {

    public DraftRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(priced, "priced");
        Objects.requireNonNull(prescriptionId, "prescriptionId");
        Objects.requireNonNull(flow, "flow");
        if (kind != InvoiceKind.FSE && kind != InvoiceKind.DRE) {
            throw new IllegalArgumentException("a draft is an FSE or a DRE: " + kind);
        }
        if (pricing.lines().size() != priced.lines().size()) {
            throw new IllegalArgumentException("the priced invoice has " + priced.lines().size() + " lines, the request "
                    + pricing.lines().size());
        }
    }

    /** An FSE without prescription, routing or tiers payant. */
    public static DraftRequest fse(long practitionerId, long patientId, long beneficiaryId, PricingRequest pricing,
            PricedInvoice priced) {
        return new DraftRequest(practitionerId, patientId, beneficiaryId, InvoiceKind.FSE, pricing, priced,
                OptionalLong.empty(), Optional.empty(), false, false);
    }

    /** The same request with a prescription. */
    public DraftRequest withPrescription(long id) {
        return new DraftRequest(practitionerId, patientId, beneficiaryId, kind, pricing, priced, OptionalLong.of(id), flow,
                amoTiersPayant, amcTiersPayant);
    }

    /** The same request with tiers payant on the AMO and/or AMC part. */
    public DraftRequest withTiersPayant(boolean amo, boolean amc) {
        return new DraftRequest(practitionerId, patientId, beneficiaryId, kind, pricing, priced, prescriptionId, flow, amo,
                amc);
    }

    /** The same request with a routing flow. */
    public DraftRequest withFlow(InvoiceFlow value) {
        return new DraftRequest(practitionerId, patientId, beneficiaryId, kind, pricing, priced, prescriptionId,
                Optional.of(value), amoTiersPayant, amcTiersPayant);
    }

    /** The day of care: {@code pricing.date()}. */
    public LocalDate careDate() {
        return pricing.date();
    }
}
