package org.openfse.noemie.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.returns.FinancialMovement;
import org.openfse.core.returns.InvoiceSettlement;
import org.openfse.core.returns.OneOffPayment;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.Part;
import org.openfse.core.returns.PartSettlement;
import org.openfse.core.returns.PartState;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.RejectReason;
import org.openfse.core.returns.RspMark;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.PayerPart;
import org.openfse.model.api.Payment;
import org.openfse.model.api.PaymentLine;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.Reject;
import org.openfse.model.api.RejectHandling;
import org.openfse.model.api.Retenue;
import org.openfse.model.api.ReturnFile;
import org.openfse.model.meta.OpenfseFactory;

/**
 * Writes what was read from a return into the model's aggregates, in the caller's transaction:
 * one {@code Payment} per payment group (its paid parts as {@code PaymentLine}s, its 250 as
 * {@code Retenue}s), one {@code Payment} flagged {@code oneOff} per one-off payment 261 / 262, and
 * the {@code ReturnFile} with a {@code Reject} per reject or notice code and references to the
 * payments. The payments' {@code reference} is {@code <first 16 hex of the SHA-256>-<group>}
 * (one-offs: {@code <that>/<code>}), so that each stays traceable to its file.
 */
final class ReturnWriter {

    /** What was written, and what could not be. */
    record Written(long returnFileId, int payments, int lines, int rejects, int retenues, int oneOffs,
            Set<Integer> notices, List<RecordError> errors) {
    }

    private final OpenfseFactory factory = OpenfseFactory.eINSTANCE;

    /** Called with the built objects before they are inserted (automatic lettrage). */
    interface BeforeInsert {
        void accept(List<Payment> payments, ReturnFile file, Set<Integer> notices);
    }

    Written write(Transaction tx, Practitioner owner, ParsedReturn parsed, String fileName, String sha256,
            Instant receivedAt, BeforeInsert beforeInsert) {
        List<Payment> built = new ArrayList<>();
        Repository<Payment> payments = tx.repository(Payment.class);
        ReturnFile file = factory.createReturnFile();
        file.setFileName(fileName);
        file.setEmitter(parsed.header().map(h -> h.senderType() + " " + h.sender()).orElse(""));
        file.setReceivedAt(receivedAt);
        file.setSha256(sha256);
        file.setIntegratedAt(Instant.now());
        String payerLabel = parsed.header().map(h -> h.message()).orElse("");
        List<RecordError> errors = new ArrayList<>();
        Set<Integer> notices = new HashSet<>();
        int lines = 0;
        int retenues = 0;
        int oneOffs = 0;
        int group = 0;
        for (PaymentGroup g : parsed.payments()) {
            group++;
            String reference = sha256.substring(0, 16) + "-" + group;
            Payment payment = factory.createPayment();
            payment.setPayer(g.payer());
            payment.setPayerLabel(payerLabel);
            payment.setDate(g.date());
            payment.setAmount(g.amount());
            payment.setReference(reference);
            payment.setLabels(String.join("\n", g.labels()));
            payment.setOneOff(g.invoices().isEmpty() && g.movements().isEmpty() && !g.oneOffs().isEmpty());
            for (InvoiceSettlement invoice : g.invoices()) {
                InvoiceNumber number = number(invoice, errors);
                if (number == null) {
                    continue;
                }
                for (PartSettlement part : invoice.parts()) {
                    if (part.state() != PartState.PAID) {
                        continue;
                    }
                    PaymentLine line = factory.createPaymentLine();
                    line.setInvoiceNumber(number);
                    line.setPart(part.part() == Part.AMO ? PayerPart.AMO : PayerPart.AMC);
                    line.setExpected(part.claimed());
                    line.setPaid(part.paid());
                    line.setRegularisation(part.paid().isNegative() || "04".equals(invoice.returnType()));
                    payment.getLines().add(line);
                    lines++;
                }
                boolean rejected = invoice.rejected();
                List<RejectReason> codes = invoice.rejectCodes();
                if (rejected && codes.isEmpty()) {
                    file.getRejects().add(reject(number, "", "", RspMark.FINAL, g));
                }
                for (RejectReason reason : codes) {
                    if (!rejected) {
                        notices.add(file.getRejects().size());
                    }
                    file.getRejects().add(reject(number, reason.code(), reason.label(), reason.mark(), g));
                }
            }
            for (FinancialMovement movement : g.movements()) {
                Retenue retenue = factory.createRetenue();
                retenue.setAmount(movement.amount());
                retenue.setReason(RetenueReason.of(movement));
                retenue.setDate(movement.debtDate());
                retenue.setReference(movement.debtReference());
                payment.getRetenues().add(retenue);
                retenues++;
            }
            built.add(payment);
            for (OneOffPayment oneOff : g.oneOffs()) {
                Payment single = factory.createPayment();
                single.setPayer(g.payer());
                single.setPayerLabel(payerLabel);
                single.setDate(g.date());
                single.setAmount(oneOff.amount());
                String code = oneOff.detailCode().isEmpty() ? oneOff.code() : oneOff.detailCode();
                single.setReference(reference + "/" + code);
                single.setLabels(oneOff.label());
                single.setOneOff(true);
                built.add(single);
                oneOffs++;
            }
        }
        beforeInsert.accept(built, file, notices);
        for (Payment payment : built) {
            attach(owner, payment);
            payments.insert(payment);
            file.getPayments().add(payment);
        }
        if (owner != null) {
            owner.getReturnFiles().add(file);
        }
        long id = tx.repository(ReturnFile.class).insert(file);
        return new Written(id, group, lines, file.getRejects().size(), retenues, oneOffs, notices, errors);
    }

    /** A quarantined file: only its name, sender (when the header could be read), date and SHA-256. */
    long writeQuarantined(Transaction tx, Practitioner owner, ParsedReturn parsed, String fileName, String sha256,
            Instant receivedAt) {
        ReturnFile file = factory.createReturnFile();
        file.setFileName(fileName);
        file.setEmitter(parsed.header().map(h -> h.senderType() + " " + h.sender()).orElse(""));
        file.setReceivedAt(receivedAt);
        file.setSha256(sha256);
        if (owner != null) {
            owner.getReturnFiles().add(file);
        }
        return tx.repository(ReturnFile.class).insert(file);
    }

    private static void attach(Practitioner owner, Payment payment) {
        if (owner != null) {
            owner.getPayments().add(payment);
        }
    }

    private Reject reject(InvoiceNumber number, String code, String label, RspMark mark, PaymentGroup g) {
        Reject reject = factory.createReject();
        reject.setInvoiceNumber(number);
        reject.setCode(code);
        reject.setLabel(label);
        reject.setHandling(handling(mark));
        reject.setDate(g.date());
        return reject;
    }

    static RejectHandling handling(RspMark mark) {
        return RejectHandling.valueOf(mark.name());
    }

    static RspMark mark(RejectHandling handling) {
        return handling == null ? RspMark.FINAL : RspMark.valueOf(handling.name());
    }

    private static InvoiceNumber number(InvoiceSettlement invoice, List<RecordError> errors) {
        try {
            return InvoiceNumber.parse(invoice.invoiceNumber());
        } catch (IllegalArgumentException e) {
            errors.add(new RecordError(invoice.record(), 0, "BAD_INVOICE_NUMBER", "invoice number '" + invoice.invoiceNumber()
                    + "' is not 1 to 9 digits: its payments and rejects are not stored (they stay in the stored file)"));
            return null;
        }
    }
}
