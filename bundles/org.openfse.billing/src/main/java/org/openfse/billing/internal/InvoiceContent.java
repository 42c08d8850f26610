package org.openfse.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricedLine;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Forcing;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceKind;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Prescription;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Writes what a {@link DraftRequest} says into an invoice: kind, day of care, coverage, tiers
 * payant, flow, lines and totals (the priced amounts, copied to the cent), and the coverages of
 * the beneficiary that apply that day.
 */
final class InvoiceContent {

    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;

    private InvoiceContent() {
    }

    static void fill(Invoice invoice, DraftRequest request, Beneficiary beneficiary, Prescription prescription, String actor,
            Instant now) {
        LocalDate care = request.careDate();
        invoice.setKind(InvoiceKind.valueOf(request.kind().name()));
        invoice.setCareDate(care);
        invoice.setBeneficiary(beneficiary);
        invoice.setPrescription(prescription);
        invoice.setAmoCoverage(amoOn(beneficiary, care));
        invoice.setAmcCoverage(request.priced().amc().isZero() ? null : amcOn(beneficiary, care));
        Coverage coverage = request.pricing().coverage();
        invoice.setNature(coverage.nature());
        invoice.setAlsaceMoselle(coverage.alsaceMoselle());
        invoice.setAldRelated(coverage.ald());
        invoice.setExemptionCode(coverage.exemption().orElse(null));
        invoice.setAmoTiersPayant(request.amoTiersPayant());
        invoice.setAmcTiersPayant(request.amcTiersPayant());
        invoice.setFlow(request.flow().orElse(null));
        invoice.getForcings().clear();
        for (org.openfse.core.tariff.Forcing kind : coverage.forcings()) {
            Forcing forcing = F.createForcing();
            forcing.setKind(kind);
            forcing.setIndicator("");
            forcing.setValue("forced");
            forcing.setAt(now);
            forcing.setBy(actor);
            invoice.getForcings().add(forcing);
        }
        invoice.getLines().clear();
        List<ActLine> entered = request.pricing().lines();
        List<PricedLine> priced = request.priced().lines();
        for (int i = 0; i < priced.size(); i++) {
            ActLine act = entered.get(i);
            PricedLine price = priced.get(i);
            InvoiceLine line = F.createInvoiceLine();
            line.setActCode(price.code());
            line.setLppCode(act.lpp().orElse(null));
            line.setExecutionDate(care);
            line.setQuantity(act.quantity());
            line.setCoefficient(act.coefficient());
            line.setUnitPrice(act.unitPrice().orElse(null));
            line.setFees(price.net());
            line.setBase(price.base());
            line.setRate(price.rate());
            line.setAmo(price.amo());
            line.setAmc(price.amc());
            line.setPatientShare(price.patient());
            invoice.getLines().add(line);
        }
        invoice.setTotalFees(request.priced().net());
        invoice.setTotalAmo(request.priced().amo());
        invoice.setTotalAmc(request.priced().amc());
        invoice.setTotalPatient(request.priced().patient());
    }

    /** The AMO coverage whose rights cover the day, else the first one, else none. */
    static AmoCoverage amoOn(Beneficiary beneficiary, LocalDate day) {
        for (AmoCoverage amo : beneficiary.getAmoCoverages()) {
            if (amo.getRightsPeriods().stream().anyMatch(p -> p.contains(day))) {
                return amo;
            }
        }
        return beneficiary.getAmoCoverages().isEmpty() ? null : beneficiary.getAmoCoverages().get(0);
    }

    private static AmcCoverage amcOn(Beneficiary beneficiary, LocalDate day) {
        for (AmcCoverage amc : beneficiary.getAmcCoverages()) {
            if (amc.getRightsPeriod() != null && amc.getRightsPeriod().contains(day)) {
                return amc;
            }
        }
        return beneficiary.getAmcCoverages().isEmpty() ? null : beneficiary.getAmcCoverages().get(0);
    }

    /**
     * A new invoice with the same header, coverage, lines and forcings as {@code source} (not its
     * number, state, dates of checking and securing, links, reject cause, attachments).
     *
     * @param negate whether amounts are negated (a counterpart)
     */
    static Invoice copyOf(Invoice source, boolean negate) {
        Invoice copy = F.createInvoice();
        copy.setKind(source.getKind());
        copy.setFlow(source.getFlow());
        copy.setNature(source.getNature());
        copy.setCareDate(source.getCareDate());
        copy.setInvoiceDate(source.getInvoiceDate());
        copy.setAmoJustification(source.getAmoJustification());
        copy.setAmcJustification(source.getAmcJustification());
        copy.setCommonLawAccident(source.isCommonLawAccident());
        copy.setAldRelated(source.isAldRelated());
        copy.setAttackVictim(source.isAttackVictim());
        copy.setAlsaceMoselle(source.isAlsaceMoselle());
        copy.setExemptionCode(source.getExemptionCode());
        copy.setWorkAccidentIdentifier(source.getWorkAccidentIdentifier());
        copy.setWorkAccidentDate(source.getWorkAccidentDate());
        copy.setAmoTiersPayant(source.isAmoTiersPayant());
        copy.setAmcTiersPayant(source.isAmcTiersPayant());
        copy.setBeneficiary(source.getBeneficiary());
        copy.setPrescription(source.getPrescription());
        copy.setAmoCoverage(source.getAmoCoverage());
        copy.setAmcCoverage(source.getAmcCoverage());
        copy.setTotalFees(sign(source.getTotalFees(), negate));
        copy.setTotalAmo(sign(source.getTotalAmo(), negate));
        copy.setTotalAmc(sign(source.getTotalAmc(), negate));
        copy.setTotalPatient(sign(source.getTotalPatient(), negate));
        for (InvoiceLine line : source.getLines()) {
            InvoiceLine l = F.createInvoiceLine();
            l.setActCode(line.getActCode());
            l.setLppCode(line.getLppCode());
            l.setLabel(line.getLabel());
            l.setExecutionDate(line.getExecutionDate());
            l.setQuantity(line.getQuantity());
            l.setCoefficient(line.getCoefficient());
            l.setComplement(line.getComplement());
            l.setUnitPrice(sign(line.getUnitPrice(), negate));
            l.setFees(sign(line.getFees(), negate));
            l.setBase(sign(line.getBase(), negate));
            l.setRate(line.getRate());
            l.setAmo(sign(line.getAmo(), negate));
            l.setAmc(sign(line.getAmc(), negate));
            l.setPatientShare(sign(line.getPatientShare(), negate));
            copy.getLines().add(l);
        }
        for (Forcing forcing : source.getForcings()) {
            Forcing f = F.createForcing();
            f.setKind(forcing.getKind());
            f.setIndicator(forcing.getIndicator());
            f.setValue(forcing.getValue());
            f.setPeriod(forcing.getPeriod());
            f.setAt(forcing.getAt());
            f.setBy(forcing.getBy());
            copy.getForcings().add(f);
        }
        return copy;
    }

    private static Money sign(Money value, boolean negate) {
        if (value == null || !negate) {
            return value;
        }
        return Money.ZERO.minus(value);
    }
}
