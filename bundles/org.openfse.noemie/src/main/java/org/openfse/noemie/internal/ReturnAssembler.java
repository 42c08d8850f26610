package org.openfse.noemie.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.returns.ActSettlement;
import org.openfse.core.returns.FinancialMovement;
import org.openfse.core.returns.InvoiceSettlement;
import org.openfse.core.returns.InvoiceSettlement.Beneficiary;
import org.openfse.core.returns.OneOffPayment;
import org.openfse.core.returns.Part;
import org.openfse.core.returns.PartSettlement;
import org.openfse.core.returns.PartState;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.RejectReason;
import org.openfse.core.returns.ReturnHeader;
import org.openfse.core.returns.ReturnListener;

/**
 * Decodes the entities the reader cuts and nests them by their order (NOEMIE-PS.md section 6):
 * payee 040, payment group 070 / 071, return type 081, lot 080, invoice 100 / 102 with its
 * identity (103, 110, 120, 150, 160), parts (198, 199), acts (210) and reasons (290, 294, 295),
 * financial movements 250, one-off payments 261 / 262, controls 990 and the trailer 999.
 *
 * <p>Each payment group goes to the {@link ReturnListener} as soon as it is closed (by its 990,
 * the next 040 / 070 / 071, or the trailer), so memory holds one group at a time. The 990 and
 * 999 are checked against what was read (C10 to C13). Damage (section 4): after a damaged entity
 * the current invoice and group are marked incomplete, and invoice entities that follow are
 * reported and dropped until the next invoice, lot or group entity, so that no amount is ever
 * attached to the wrong invoice nor guessed. A field that cannot be decoded drops its entity
 * (reported); a damaged invoice entity makes the entities after it orphans in the same way.
 */
final class ReturnAssembler implements EntityListener {

    /** Framing problems that lose data from the stream. */
    private static final Set<String> DAMAGE = Set.of(ErrorCode.BAD_ENTITY_TYPE.name(), ErrorCode.BAD_ENTITY_LENGTH.name(),
            ErrorCode.UNTERMINATED_ENTITY.name(), ErrorCode.BAD_LENGTH.name(), ErrorCode.TRUNCATED_RECORD.name());

    private final ReturnListener out;
    private ErrorLog errors;

    private ReturnHeader header;
    private Money declaredTotal;
    private String payee = "";
    private String agent = "";
    private String returnType = "";
    private Group group;
    private Lot lot;
    private Invoice invoice;
    private boolean orphans;
    private boolean outsideReported;
    private long fileComputed;

    ReturnAssembler(ReturnListener out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public void attach(ErrorLog log) {
        this.errors = log;
    }

    Optional<ReturnHeader> header() {
        return Optional.ofNullable(header);
    }

    Optional<Money> declaredTotal() {
        return Optional.ofNullable(declaredTotal);
    }

    @Override
    public void problem(RecordError error) {
        if (DAMAGE.contains(error.code())) {
            damage();
        }
        out.problem(error);
    }

    private void damage() {
        if (invoice != null) {
            invoice.complete = false;
        }
        if (group != null) {
            group.complete = false;
        }
        orphans = true;
    }

    @Override
    public void entity(Entity entity) {
        Fields f = new Fields(entity);
        try {
            switch (entity.type()) {
                case "000" -> header(f);
                case "020" -> agent = stripZeros(f.text(6, 20));
                case "040" -> {
                    closeGroup();
                    payee = stripZeros(f.text(6, 20));
                }
                case "070" -> openGroup(f, f.date(6, "accounting date"), List.of(), "");
                case "071" -> openGroup(f, f.date(6, "accounting date"), labels(f.text(12, 43), f.text(44, 75)),
                        f.text(76, 85));
                case "081" -> returnType(f);
                case "080" -> lot(f);
                case "100", "102" -> invoice(f);
                case "103", "110", "120", "150", "160", "198", "199", "210", "290", "294", "295" -> invoiceChild(f);
                case "250" -> movement(f);
                case "261", "262" -> oneOff(f);
                case "990" -> control(f);
                case "999" -> trailer(f);
                default -> {
                    // the catalogue knows no other type
                }
            }
        } catch (FieldError e) {
            errors.add(ErrorCode.BAD_FIELD, entity.start(), e.getMessage() + "; entity not used");
            if (entity.type().equals("100") || entity.type().equals("102")) {
                orphans = true;
            } else if (invoice != null && isInvoiceChild(entity.type())) {
                invoice.complete = false;
            } else if (group != null) {
                group.complete = false;
            }
        }
    }

    @Override
    public void end() {
        closeGroup();
    }

    private void header(Fields f) throws FieldError {
        LocalDate created;
        try {
            created = f.date(56, "file creation date");
        } catch (FieldError e) {
            errors.add(ErrorCode.BAD_FIELD, f.entity().start(), e.getMessage());
            created = null;
        }
        header = new ReturnHeader(f.text(4, 5), f.text(6, 19), f.text(26, 27), f.text(28, 41), f.text(50, 55), created,
                f.text(71, 71), f.text(92, 128));
        out.header(header);
    }

    private void openGroup(Fields f, LocalDate date, List<String> labels, String payer) {
        closeGroup();
        group = new Group(date, labels, payer, payee, agent, f.entity().start().record());
        returnType = "";
    }

    private Group group(Fields f) {
        if (group == null) {
            if (!outsideReported) {
                errors.add(ErrorCode.OUTSIDE_GROUP, f.entity().start(),
                        "entity " + f.entity().type() + " before any payment group 070 / 071; read in a group without date");
                outsideReported = true;
            }
            group = new Group(null, List.of(), "", payee, agent, f.entity().start().record());
        }
        return group;
    }

    private void returnType(Fields f) throws FieldError {
        closeInvoice();
        returnType = f.text(6, 7);
        f.number(6, 7, "return type");
        group(f).returnTypes.add(returnType);
    }

    private void lot(Fields f) throws FieldError {
        closeInvoice();
        LocalDate date = f.date(6, "lot date");
        long number = f.number(12, 14, "lot number");
        Group g = group(f);
        lot = new Lot("%03d".formatted(number), date);
        g.lots++;
    }

    private void invoice(Fields f) throws FieldError {
        closeInvoice();
        Entity e = f.entity();
        String number = f.text(6, 14);
        if (number.isEmpty()) {
            throw new FieldError("entity " + e.type() + " field 'invoice number' (positions 6-14) is blank");
        }
        Invoice inv;
        if (e.type().equals("100")) {
            inv = new Invoice(number, lot == null ? "" : lot.number, lot == null ? null : lot.date, "", null, "");
        } else {
            String lotNumber = f.text(21, 23);
            LocalDate lotDate = f.date(24, "lot date");
            LocalDate invoiceDate = f.date(31, "invoicing date");
            if (lotNumber.isEmpty() && lot != null) {
                lotNumber = lot.number;
                lotDate = lotDate == null ? lot.date : lotDate;
            }
            inv = new Invoice(number, lotNumber, lotDate, f.text(30, 30), invoiceDate, f.text(37, 37));
        }
        inv.record = e.start().record();
        inv.returnType = returnType;
        inv.complete = true;
        group(f);
        if (lot != null) {
            lot.invoices++;
        }
        invoice = inv;
        orphans = false;
    }

    private static boolean isInvoiceChild(String type) {
        return switch (type) {
            case "103", "110", "120", "150", "160", "198", "199", "210", "290", "294", "295" -> true;
            default -> false;
        };
    }

    private void invoiceChild(Fields f) throws FieldError {
        Entity e = f.entity();
        if (invoice == null || orphans) {
            errors.add(ErrorCode.ORPHAN_ENTITY, e.start(), "entity " + e.type() + (invoice == null && !orphans
                    ? " comes before any invoice entity 100 / 102" : " follows a damaged entity")
                    + ": it has no reliable invoice, not used");
            if (group != null) {
                group.complete = false;
            }
            return;
        }
        switch (e.type()) {
            case "103" -> invoice.beneficiary(f.text(6, 18) + f.text(19, 20), first(f.text(108, 132), f.text(21, 45)),
                    first(f.text(133, 147), f.text(71, 85)), f.birthDate(101, "date of birth"));
            case "110" -> invoice.beneficiary(f.text(6, 18) + f.text(19, 20), f.text(22, 46), f.text(73, 87), null);
            case "120" -> invoice.beneficiary("", f.text(13, 37), f.text(38, 52), f.birthDate(6, "date of birth"));
            case "150", "160" -> {
                // insurance kind and archive number: kept in the verbatim file only
            }
            case "198" -> part(f, Part.AMO);
            case "199" -> part(f, Part.AMC);
            case "210" -> invoice.acts.add(new ActSettlement((int) f.number(6, 7, "line number"), f.date(22, "date of care"),
                    f.amount(34, 41, "unit price"), f.amount(42, 49, "reimbursement base"), (int) f.number(50, 52, "rate"),
                    f.signed(53, 60, 61, "amount reimbursed"), f.text(62, 64), (int) f.number(67, 69, "number of acts"),
                    f.text(70, 74), f.amount(78, 85, "expense amount"), f.text(86, 87), (int) f.number(99, 101, "AMC rate"),
                    f.amount(102, 109, "complementary part amount")));
            case "290" -> invoice.reasons.add(new RejectReason("290", f.text(8, 17), f.text(18, 97), "", "",
                    (int) f.number(6, 7, "line number")));
            case "294" -> invoice.reasons.add(new RejectReason("294", f.text(6, 9), f.text(10, 95), f.text(96, 96),
                    f.text(97, 97), (int) f.number(118, 120, "line number")));
            case "295" -> invoice.reasons.add(new RejectReason("295", f.text(6, 6), f.text(7, 134), "", "", 0));
            default -> throw new IllegalStateException(e.type());
        }
    }

    private void part(Fields f, Part part) throws FieldError {
        Money claimed = f.amount(6, 13, "amount claimed");
        PartState state = PartState.of(f.at(14));
        Money paid = f.signed(15, 22, 23, "amount paid");
        PartSettlement settlement = part == Part.AMO
                ? new PartSettlement(part, claimed, state, paid, "", "")
                : new PartSettlement(part, claimed, state, paid, f.text(24, 33), f.text(34, 48));
        if (part == Part.AMO) {
            invoice.amo = settlement;
        } else {
            invoice.amc = settlement;
        }
        group.computed += paid.cents();
        if (lot != null) {
            lot.paid += paid.cents();
        }
    }

    private void movement(Fields f) throws FieldError {
        closeInvoice();
        FinancialMovement movement = new FinancialMovement((int) f.number(6, 7, "line number"), f.text(8, 17),
                f.date(18, "debt date"), f.text(24, 26), f.text(27, 29), f.signed(30, 37, 38, "movement amount"),
                f.amount(39, 46, "debt balance"));
        Group g = group(f);
        g.movements.add(movement);
        g.computed += movement.amount().cents();
    }

    private void oneOff(Fields f) throws FieldError {
        closeInvoice();
        Group g = group(f);
        if (f.entity().type().equals("261")) {
            OneOffPayment payment = new OneOffPayment(f.text(6, 10), f.amount(11, 18, "one-off amount"), "", "", "", null,
                    "", null, null);
            g.oneOffs.add(payment);
            g.pendingDetail = true;
            g.computed += payment.amount().cents();
            return;
        }
        String nir = f.text(91, 103);
        String key = f.text(104, 105);
        OneOffPayment detail = new OneOffPayment("", f.amount(126, 133, "amount"), f.text(6, 10), f.text(11, 90),
                nir.isEmpty() ? "" : nir + key, f.birthDate(106, "date of birth"), f.text(113, 113),
                f.date(114, "period start"), f.date(120, "period end"));
        if (g.pendingDetail && !g.oneOffs.isEmpty()) {
            OneOffPayment head = g.oneOffs.remove(g.oneOffs.size() - 1);
            g.oneOffs.add(new OneOffPayment(head.code(), head.amount(), detail.detailCode(), detail.label(), detail.nir(),
                    detail.birthDate(), detail.period(), detail.from(), detail.to()));
            g.pendingDetail = false;
        } else {
            // a detail without its 261: its own amount stands, but it is not part of the transfer (C12)
            g.oneOffs.add(detail);
        }
    }

    private void control(Fields f) throws FieldError {
        closeInvoice();
        Entity e = f.entity();
        String identification = f.text(6, 22);
        long count = f.number(23, 30, "count");
        Money cumulative = f.signed(31, 41, 42, "cumulative amount");
        boolean lotControl = identification.startsWith("080") || (identification.isEmpty() && lot != null);
        if (lotControl) {
            if (lot == null) {
                errors.add(ErrorCode.CONTROL_MISMATCH, e.start(), "990 '" + identification + "' closes a lot but no lot is open");
                return;
            }
            if (count != lot.invoices || cumulative.cents() != lot.paid) {
                errors.add(ErrorCode.CONTROL_MISMATCH, e.start(), "990 of lot " + lot.number + " declares " + count
                        + " invoices and " + cumulative + ", read " + lot.invoices + " invoices and " + Money.ofCents(lot.paid)
                        + "; some data is missing or wrong");
                markGroupIncomplete();
            }
            lot = null;
            return;
        }
        if (group == null) {
            errors.add(ErrorCode.CONTROL_MISMATCH, e.start(), "990 '" + identification + "' closes no open group");
            return;
        }
        lot = null;
        if (count != group.lots || cumulative.cents() != group.computed) {
            errors.add(ErrorCode.CONTROL_MISMATCH, e.start(), "990 of payment group '" + identification + "' declares " + count
                    + " lots and " + cumulative + ", read " + group.lots + " lots and " + Money.ofCents(group.computed)
                    + "; some data is missing or wrong");
            group.complete = false;
        }
        group.declared = cumulative;
        closeGroup();
    }

    private void markGroupIncomplete() {
        if (group != null) {
            group.complete = false;
        }
    }

    private void trailer(Fields f) {
        closeGroup();
        try {
            declaredTotal = f.signed(86, 96, 97, "file total");
        } catch (FieldError e) {
            errors.add(ErrorCode.BAD_FIELD, f.entity().start(), e.getMessage());
            return;
        }
        if (declaredTotal.cents() != fileComputed) {
            Position start = f.entity().start();
            errors.add(ErrorCode.TRAILER_TOTAL, new Position(start.record(), start.recordOffset(), 86), "trailer declares a file total of "
                    + declaredTotal + ", the amounts read sum to " + Money.ofCents(fileComputed));
        }
    }

    private void closeInvoice() {
        if (invoice != null && group != null) {
            group.invoices.add(invoice.build());
        }
        invoice = null;
        orphans = false;
    }

    private void closeGroup() {
        closeInvoice();
        if (group != null) {
            fileComputed += group.computed;
            out.payment(group.build());
        }
        group = null;
        lot = null;
    }

    private static List<String> labels(String first, String second) {
        List<String> labels = new ArrayList<>(2);
        if (!first.isEmpty()) {
            labels.add(first);
        }
        if (!second.isEmpty()) {
            labels.add(second);
        }
        return labels;
    }

    private static String first(String preferred, String other) {
        return preferred.isEmpty() ? other : preferred;
    }

    private static String stripZeros(String number) {
        String stripped = number.replaceFirst("^0+", "");
        return stripped.isEmpty() && !number.isEmpty() ? "0" : stripped;
    }

    /** An open lot: its key and what its 990 must match. */
    private static final class Lot {
        final String number;
        final LocalDate date;
        long invoices;
        long paid;

        Lot(String number, LocalDate date) {
            this.number = number;
            this.date = date;
        }
    }

    /** An open invoice. */
    private static final class Invoice {
        final String number;
        final String lotNumber;
        final LocalDate lotDate;
        final String invoiceType;
        final LocalDate invoiceDate;
        final String amcProcessing;
        String returnType = "";
        long record;
        boolean complete = true;
        String nir = "";
        String lastName = "";
        String firstName = "";
        LocalDate birthDate;
        PartSettlement amo;
        PartSettlement amc;
        final List<ActSettlement> acts = new ArrayList<>();
        final List<RejectReason> reasons = new ArrayList<>();

        Invoice(String number, String lotNumber, LocalDate lotDate, String invoiceType, LocalDate invoiceDate,
                String amcProcessing) {
            this.number = number;
            this.lotNumber = lotNumber;
            this.lotDate = lotDate;
            this.invoiceType = invoiceType;
            this.invoiceDate = invoiceDate;
            this.amcProcessing = amcProcessing;
        }

        void beneficiary(String nir, String lastName, String firstName, LocalDate birthDate) {
            if (this.nir.isEmpty()) {
                this.nir = nir;
            }
            if (this.lastName.isEmpty()) {
                this.lastName = lastName;
                this.firstName = firstName;
            }
            if (this.birthDate == null) {
                this.birthDate = birthDate;
            }
        }

        InvoiceSettlement build() {
            Beneficiary beneficiary = nir.isEmpty() && lastName.isEmpty() && birthDate == null ? Beneficiary.NONE
                    : new Beneficiary(nir, lastName, firstName, birthDate);
            return new InvoiceSettlement(number, lotNumber, lotDate, returnType, invoiceType, invoiceDate, amcProcessing,
                    beneficiary, Optional.ofNullable(amo), Optional.ofNullable(amc), acts, reasons, complete, record);
        }
    }

    /** An open payment group. */
    private static final class Group {
        final LocalDate date;
        final List<String> labels;
        final String payer;
        final String payee;
        final String agent;
        final long record;
        final List<InvoiceSettlement> invoices = new ArrayList<>();
        final List<FinancialMovement> movements = new ArrayList<>();
        final List<OneOffPayment> oneOffs = new ArrayList<>();
        final List<String> returnTypes = new ArrayList<>();
        boolean pendingDetail;
        boolean complete = true;
        long lots;
        long computed;
        Money declared;

        Group(LocalDate date, List<String> labels, String payer, String payee, String agent, long record) {
            this.date = date;
            this.labels = labels;
            this.payer = payer;
            this.payee = payee;
            this.agent = agent;
            this.record = record;
        }

        PaymentGroup build() {
            return new PaymentGroup(date, labels, payer, payee, agent, Optional.ofNullable(declared),
                    Money.ofCents(computed), invoices, movements, oneOffs, returnTypes, complete, record);
        }
    }
}
