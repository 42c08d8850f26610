package org.openfse.billing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.BillingException.Reason;
import org.openfse.core.billing.Defacturation;
import org.openfse.core.billing.DraftRequest;
import org.openfse.core.billing.InvoiceKind;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.billing.InvoiceSummary;
import org.openfse.core.billing.RecyclingEntry;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Patient;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practitioner;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Reject handling (seeds 000, 001; DOMAIN.md "Invoice lifecycle"): défacturer with a negative
 * counterpart and the patient's payments moved to the acomptes, the recycling list, refacturer under
 * a new number, and the DRE d'annulation and rectificative. Numbers come from the
 * {@link NumberAllocator}; states are checked before a number is taken, so a refused operation
 * leaves no gap ({@code docs/adr/0010}).
 */
final class RejectHandling {

    private static final OpenfseFactory F = OpenfseFactory.eINSTANCE;

    /** Practice setting prefix of a patient folder's acomptes (cents), by patient id. */
    static final String DEPOSIT = "billing.deposit.patient.";
    /** The {@code Payment.payer} of payments made by the patient at the desk. */
    static final String PATIENT_PAYER = "PATIENT";

    /** States of a DRE that was transmitted (DRE d'annulation and rectificative apply). */
    private static final Set<InvoiceState> SENT_OR_LATER = EnumSet.of(InvoiceState.SENT, InvoiceState.ARL_POSITIVE,
            InvoiceState.ARL_NEGATIVE, InvoiceState.NO_ARL_EXPECTED, InvoiceState.PAID, InvoiceState.PARTLY_PAID,
            InvoiceState.REJECTED, InvoiceState.ANOMALY);

    private final Invoices invoices;
    private final NumberAllocator numbers;
    private final Refusals refusals;
    private final InvoiceLifecycle lifecycle;

    RejectHandling(Invoices invoices, NumberAllocator numbers) {
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
        this.refusals = invoices.refusals();
        this.lifecycle = invoices.lifecycle();
    }

    Defacturation defacture(String actor, long invoiceId, String rejectCause, String comment) {
        // refuse before taking a number for the counterpart, so a refused défacturation leaves no gap
        invoices.read(tx -> {
            Invoice invoice = invoices.invoice(tx, invoiceId);
            requireBillable(invoice);
            lifecycle.requireTransition(invoice.getNumber().toString(), invoice.getState(), InvoiceState.DEFACTURED);
            if (rejectCause == null || rejectCause.isBlank()) {
                throw refusals.of(Reason.INVALID, "invalid.rejectCause", invoice.getNumber());
            }
            return null;
        });
        long practitionerId = invoices.read(tx -> Invoices.owner(invoices.invoice(tx, invoiceId)));
        InvoiceNumber counterpartNumber = numbers.next(actor, practitionerId);
        return invoices.write(actor, u -> {
            Repository<Invoice> repository = u.tx.repository(Invoice.class);
            Invoice invoice = invoices.invoice(u.tx, invoiceId);
            requireBillable(invoice);
            u.transition(invoice, InvoiceState.DEFACTURED, rejectCause);
            invoice.setRejectCause(rejectCause.strip());
            invoice.setRecyclingComment(comment == null ? "" : comment.strip());
            Practitioner practitioner = u.tx.resolve(invoice.getPractitioner());
            Invoice counterpart = InvoiceContent.copyOf(invoice, true);
            counterpart.setNumber(counterpartNumber);
            counterpart.setState(InvoiceState.DEFACTURED);
            counterpart.setCreatedAt(invoices.now());
            counterpart.setInvoiceDate(invoices.today());
            counterpart.setCounterpartOf(invoice);
            practitioner.getInvoices().add(counterpart);
            repository.insert(counterpart);
            repository.update(invoice);
            u.changed(counterpart, "contrepartie de la facture " + invoice.getNumber());
            Money moved = moveToDeposit(u.tx, invoice);
            return new Defacturation(invoices.summary(u.tx, invoice), invoices.summary(u.tx, counterpart), moved);
        });
    }

    /** Moves the patient payments of the invoice to the patient's acomptes; returns the amount. */
    private Money moveToDeposit(Transaction tx, Invoice invoice) {
        Money moved = Money.ZERO;
        Repository<Payment> payments = tx.repository(Payment.class);
        for (Payment payment : payments.findBy("payer", PATIENT_PAYER)) {
            boolean changed = false;
            for (PaymentLine line : payment.getLines()) {
                if (line.getPart() == PayerPart.PATIENT && line.getInvoice() != null
                        && line.getInvoice().getId() == invoice.getId()) {
                    moved = moved.plus(line.getPaid() == null ? Money.ZERO : line.getPaid());
                    line.setInvoice(null);
                    changed = true;
                }
            }
            if (changed) {
                payments.update(payment);
            }
        }
        if (!moved.isZero()) {
            long patientId = patientOf(tx, invoice);
            Money before = tx.setting(DEPOSIT + patientId).map(v -> Money.ofCents(Long.parseLong(v))).orElse(Money.ZERO);
            tx.putSetting(DEPOSIT + patientId, String.valueOf(before.plus(moved).cents()));
        }
        return moved;
    }

    private static long patientOf(Transaction tx, Invoice invoice) {
        Beneficiary beneficiary = tx.resolve(invoice.getBeneficiary());
        return ((Patient) beneficiary.eContainer()).getId();
    }

    List<RecyclingEntry> recyclingList(long practitionerId) {
        return invoices.read(tx -> {
            List<RecyclingEntry> entries = new ArrayList<>();
            for (Invoice invoice : tx.repository(Invoice.class).findBy("state", InvoiceState.DEFACTURED)) {
                if (Invoices.owner(invoice) != practitionerId || invoice.getCounterpartOf() != null || invoice.getRecycledAs() != null) {
                    continue;
                }
                Beneficiary beneficiary = tx.resolve(invoice.getBeneficiary());
                entries.add(new RecyclingEntry(invoice.getId(), invoice.getNumber(), ((Patient) beneficiary.eContainer()).getId(),
                        beneficiary.getId(), (Invoices.text(beneficiary.getLastName()) + " " + Invoices.text(beneficiary.getFirstName())).strip(),
                        invoice.getCareDate(), invoice.getTotalFees(), Invoices.text(invoice.getRejectCause()),
                        Invoices.text(invoice.getRecyclingComment())));
            }
            entries.sort(Comparator.comparing(RecyclingEntry::careDate).thenComparing(RecyclingEntry::number));
            return List.copyOf(entries);
        });
    }

    InvoiceSummary refacture(String actor, long invoiceId, Optional<DraftRequest> corrected) {
        Objects.requireNonNull(corrected, "corrected");
        long practitionerId = invoices.read(tx -> {
            Invoice invoice = invoices.invoice(tx, invoiceId);
            invoices.requireNotCounterpart(invoice);
            lifecycle.requireTransition(invoice.getNumber().toString(), invoice.getState(), InvoiceState.RECYCLED);
            return Invoices.owner(invoice);
        });
        if (corrected.isPresent() && corrected.get().practitionerId() != practitionerId) {
            throw refusals.notFound("practitioner", corrected.get().practitionerId());
        }
        InvoiceNumber number = numbers.next(actor, practitionerId);
        return invoices.write(actor, u -> {
            Repository<Invoice> repository = u.tx.repository(Invoice.class);
            Invoice old = invoices.invoice(u.tx, invoiceId);
            invoices.requireNotCounterpart(old);
            Invoice renewed;
            if (corrected.isPresent()) {
                renewed = invoices.newInvoice(u.tx, corrected.get(), actor, number);
            } else {
                renewed = InvoiceContent.copyOf(old, false);
                renewed.setNumber(number);
                renewed.setState(InvoiceState.DRAFT);
                renewed.setCreatedAt(invoices.now());
                renewed.setInvoiceDate(invoices.today());
                Practitioner practitioner = u.tx.resolve(old.getPractitioner());
                practitioner.getInvoices().add(renewed);
            }
            renewed.setAmoJustification(null);
            renewed.setAmcJustification(null);
            u.transition(old, InvoiceState.RECYCLED, "refacturée sous le n° " + number);
            renewed.setRecycledFrom(old);
            repository.insert(renewed);
            repository.update(old);
            u.changed(renewed, "refacturation de la facture " + old.getNumber());
            return invoices.summary(u.tx, renewed);
        });
    }

    InvoiceSummary cancelDre(String actor, long dreId, String reason) {
        long practitionerId = invoices.read(tx -> requireSentDre(invoices.invoice(tx, dreId)));
        InvoiceNumber number = numbers.next(actor, practitionerId);
        return invoices.write(actor, u -> {
            Invoice dre = invoices.invoice(u.tx, dreId);
            requireSentDre(dre);
            Invoice cancellation = InvoiceContent.copyOf(dre, false);
            cancellation.setKind(org.openfse.model.api.InvoiceKind.DRE_CANCELLATION);
            return insertDreFollowUp(u, dre, cancellation, number, true, reason);
        });
    }

    InvoiceSummary rectifyDre(String actor, long dreId, DraftRequest corrected) {
        Objects.requireNonNull(corrected, "corrected");
        long practitionerId = invoices.read(tx -> requireSentDre(invoices.invoice(tx, dreId)));
        if (corrected.practitionerId() != practitionerId) {
            throw refusals.notFound("practitioner", corrected.practitionerId());
        }
        InvoiceNumber number = numbers.next(actor, practitionerId);
        return invoices.write(actor, u -> {
            Invoice dre = invoices.invoice(u.tx, dreId);
            requireSentDre(dre);
            Invoice correction = F.createInvoice();
            invoices.fill(u.tx, correction, corrected, actor);
            correction.setKind(org.openfse.model.api.InvoiceKind.DRE_CORRECTION);
            return insertDreFollowUp(u, dre, correction, number, false, "DRE rectificative");
        });
    }

    private InvoiceSummary insertDreFollowUp(Unit u, Invoice dre, Invoice followUp, InvoiceNumber number, boolean ratesChecked,
            String reason) {
        followUp.setNumber(number);
        followUp.setState(InvoiceState.DRAFT);
        followUp.setCreatedAt(invoices.now());
        followUp.setInvoiceDate(invoices.today());
        followUp.setCounterpartOf(dre);
        Practitioner practitioner = u.tx.resolve(dre.getPractitioner());
        practitioner.getInvoices().add(followUp);
        Repository<Invoice> repository = u.tx.repository(Invoice.class);
        repository.insert(followUp);
        u.changed(followUp, reason + " (DRE " + dre.getNumber() + ")");
        if (ratesChecked) {
            u.transition(followUp, InvoiceState.RATES_CHECKED, reason);
            followUp.setRatesCheckedAt(invoices.now());
            repository.update(followUp);
        }
        return invoices.summary(u.tx, followUp);
    }

    /** @return the practitioner id of a transmitted DRE */
    private long requireSentDre(Invoice dre) {
        if (dre.getKind() != org.openfse.model.api.InvoiceKind.DRE) {
            throw refusals.of(Reason.NOT_APPLICABLE, "notapplicable.dre", dre.getNumber(), dre.getKind());
        }
        if (!SENT_OR_LATER.contains(dre.getState())) {
            throw refusals.of(Reason.NOT_APPLICABLE, "notapplicable.dre.notsent", dre.getNumber(), lifecycle.label(dre.getState()));
        }
        return Invoices.owner(dre);
    }

    private void requireBillable(Invoice invoice) {
        invoices.requireNotCounterpart(invoice);
        org.openfse.model.api.InvoiceKind kind = invoice.getKind();
        if (kind != org.openfse.model.api.InvoiceKind.FSE && kind != org.openfse.model.api.InvoiceKind.DRE) {
            throw refusals.of(Reason.NOT_APPLICABLE, "notapplicable.fse", invoice.getNumber(), kind);
        }
    }

    /** The acomptes of a patient folder. */
    Money deposit(long patientId) {
        return invoices.read(tx -> tx.setting(DEPOSIT + patientId).map(v -> Money.ofCents(Long.parseLong(v))).orElse(Money.ZERO));
    }
}
