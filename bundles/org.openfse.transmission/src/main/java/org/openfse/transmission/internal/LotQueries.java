package org.openfse.transmission.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.DeadlineWarning;
import org.openfse.core.lot.LotAck;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotFlow;
import org.openfse.core.lot.LotInvoice;
import org.openfse.core.lot.LotQuery;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.lot.WorkingDays;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.model.api.Ack;
import org.openfse.model.api.AckStatus;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.TransmissionFile;

/** Lots as the API's records: summaries, detail, deadline warnings. */
final class LotQueries {

    private final StoredLots lots;

    LotQueries(StoredLots lots) {
        this.lots = lots;
    }

    LotSummary summary(Lot lot) {
        long id = lots.idOf(lot);
        Practitioner practitioner = lots.practitionerOf(lot);
        String fileName = lot.getFiles().isEmpty() ? null : lot.getFiles().get(lot.getFiles().size() - 1).getFileName();
        String text = "";
        if (!lot.getAcks().isEmpty()) {
            Ack ack = lot.getAcks().get(lot.getAcks().size() - 1);
            text = ((ack.getCode() == null || ack.getCode().isEmpty() ? "" : Texts.format("ack.code", ack.getCode()) + " ")
                    + (ack.getMessage() == null ? "" : ack.getMessage())).strip();
        }
        String error = lots.tx().setting(LotMoves.errorKey(id)).orElse("");
        if (lot.getState() == LotState.ERROR && !error.isEmpty()) {
            text = error;
        }
        return new LotSummary(id, practitioner.getPsNumber(), lot.getNumber(), orEmpty(lot.getDestination()),
                orEmpty(lot.getDestination()).startsWith("AMC ") ? LotFlow.DRE : LotFlow.FSE, lot.getSecureMode(),
                lot.getState(), lot.getCreatedAt(), lot.getSentAt(), lot.getAttempts(), lots.invoiceIds(lot).size(),
                orZero(lot.getTotalFees()), orZero(lot.getTotalAmo()), orZero(lot.getTotalAmc()), fileName, text);
    }

    List<LotSummary> list(LotQuery query) {
        List<Lot> found = new ArrayList<>();
        if (query.psNumber() != null) {
            Practitioner practitioner = lots.practitioner(query.psNumber());
            found.addAll(lots.tx().repository(Lot.class).findBy("practitioner",
                    lots.tx().repository(Practitioner.class).idOf(practitioner)));
        } else {
            PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
            Page<Lot> page;
            do {
                page = lots.tx().repository(Lot.class).page(request);
                found.addAll(page.items());
                request = request.at(request.offset() + page.items().size());
            } while (!page.items().isEmpty() && request.offset() < page.total());
        }
        List<LotSummary> result = new ArrayList<>();
        for (Lot lot : found) {
            if (!query.states().isEmpty() && !query.states().contains(lot.getState())) {
                continue;
            }
            LocalDate day = lot.getCreatedAt() == null ? null : lot.getCreatedAt().atZone(B2Mapping.ZONE).toLocalDate();
            if (day != null && query.from() != null && day.isBefore(query.from())) {
                continue;
            }
            if (day != null && query.to() != null && day.isAfter(query.to())) {
                continue;
            }
            result.add(summary(lot));
        }
        result.sort(Comparator.comparing(LotSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LotSummary::id, Comparator.reverseOrder()));
        return result;
    }

    LotDetail detail(long lotId) {
        Lot lot = lots.lot(lotId);
        List<LotInvoice> invoices = new ArrayList<>();
        for (Invoice invoice : lots.invoicesOf(lot)) {
            invoices.add(new LotInvoice(lots.tx().repository(Invoice.class).idOf(invoice),
                    invoice.getNumber() == null ? new InvoiceNumber(1) : invoice.getNumber(), patientName(invoice),
                    invoice.getCareDate(), orZero(invoice.getTotalFees()), orZero(invoice.getTotalAmo()),
                    orZero(invoice.getTotalAmc()), invoice.getState()));
        }
        invoices.sort(Comparator.comparing(LotInvoice::number));
        List<LotFile> files = new ArrayList<>();
        for (TransmissionFile f : lot.getFiles()) {
            files.add(new LotFile(f.getFileName(), f.getPath() == null ? null : Path.of(f.getPath()), f.getSizeBytes(),
                    f.getSha256(), f.getCreatedAt(), f.getSentAt(), f.getTransport()));
        }
        List<LotAck> acks = new ArrayList<>();
        for (Ack a : lot.getAcks()) {
            acks.add(new LotAck(a.getStatus() == AckStatus.POSITIVE, a.getCode(), a.getMessage(), a.getReceivedAt(),
                    a.getFileName()));
        }
        return new LotDetail(summary(lot), invoices, files, acks);
    }

    /**
     * R161-47 I 1° CSS: 3 working days (paiement direct) or 8 (dispense d'avance des frais), from the
     * care day; secured invoices not yet sent (SECURED, IN_LOT).
     */
    List<DeadlineWarning> deadlines(String psNumber, LocalDate today, int marginDays) {
        List<Invoice> candidates = new ArrayList<>();
        for (InvoiceState state : List.of(InvoiceState.SECURED, InvoiceState.IN_LOT)) {
            candidates.addAll(lots.tx().repository(Invoice.class).findBy("state", state));
        }
        List<DeadlineWarning> warnings = new ArrayList<>();
        for (Invoice invoice : candidates) {
            Practitioner practitioner = lots.tx().resolve(invoice.getPractitioner());
            if (psNumber != null && !psNumber.equals(practitioner.getPsNumber())) {
                continue;
            }
            LocalDate start = invoice.getCareDate() != null ? invoice.getCareDate() : invoice.getInvoiceDate();
            if (start == null || invoice.getNumber() == null) {
                continue;
            }
            boolean dispense = invoice.isAmoTiersPayant() || invoice.isAmcTiersPayant();
            int days = dispense ? 8 : 3;
            LocalDate deadline = WorkingDays.plus(start, days);
            boolean overdue = deadline.isBefore(today);
            if (overdue || !WorkingDays.plus(today, marginDays).isBefore(deadline)) {
                warnings.add(new DeadlineWarning(lots.tx().repository(Invoice.class).idOf(invoice), invoice.getNumber(),
                        practitioner.getPsNumber(), start, days, deadline, overdue));
            }
        }
        warnings.sort(Comparator.comparing(DeadlineWarning::deadline).thenComparing(DeadlineWarning::number));
        return warnings;
    }

    String patientName(Invoice invoice) {
        if (invoice.getBeneficiary() == null) {
            return "";
        }
        Beneficiary b = lots.tx().resolve(invoice.getBeneficiary());
        return (orEmpty(b.getLastName()).toUpperCase(java.util.Locale.FRENCH) + " " + orEmpty(b.getFirstName())).strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }
}
