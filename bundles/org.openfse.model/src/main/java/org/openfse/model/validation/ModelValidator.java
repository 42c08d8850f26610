package org.openfse.model.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.model.api.AmcAttestation;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.InvoiceLine;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Person;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;
import org.openfse.model.api.Retenue;
import org.openfse.model.internal.Messages;
import org.openfse.model.meta.OpenfsePackage.Literals;

/**
 * Checks a model object and everything it contains, in plain Java (no EMF {@code EValidator}
 * registry: callers, such as the store before a write or a screen before saving, call it
 * directly and show {@link Problem#message()}).
 *
 * <p>What is checked: NIR keys, Corsica included ({@link NirValidator}); card birth dates, lunar
 * dates accepted ({@link BirthDateValidator}) and not in the future; the shape of codes (régime 2
 * digits, caisse 3, centre 4, PS number 9, LPP 7...); ranges (birth rank 1-9, rate 0-100 %, lot
 * number 1-999, quantity at least 1); amounts not negative except on a counterpart invoice; each
 * line's fees equal to AMO + AMC + patient share; invoice totals equal to the sums of the lines;
 * a secured invoice has a number and a secure mode; care not after the invoice date. Amounts
 * always have scale 2 in the model (they are {@link Money}); text typed by the user is read with
 * {@link AmountText}.
 */
public final class ModelValidator {

    private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");

    private final Clock clock;

    /** A validator that takes "today" from the system clock. */
    public ModelValidator() {
        this(Clock.systemDefaultZone());
    }

    /** A validator that takes "today" from {@code clock} (birth dates in the future). */
    public ModelValidator(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The problems of {@code root} and of everything it contains, in containment order. */
    public List<Problem> validate(EObject root) {
        Objects.requireNonNull(root, "root");
        List<Problem> problems = new ArrayList<>();
        check(root, problems);
        for (Iterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
            check(contents.next(), problems);
        }
        return List.copyOf(problems);
    }

    /** Whether any of the problems is an error. */
    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(problem -> problem.severity() == Problem.Severity.ERROR);
    }

    /** An amount as French screens show it: {@code 103,00}. */
    static String french(Money money) {
        return money.toString().replace('.', ',');
    }

    private void check(EObject object, List<Problem> out) {
        if (object instanceof Person person) {
            person(person, out);
        }
        if (object instanceof Beneficiary beneficiary) {
            beneficiary(beneficiary, out);
        }
        if (object instanceof AmoCoverage amo) {
            digits(amo, Literals.AMO_COVERAGE__REGIME, amo.getRegime(), 2, false, out);
            digits(amo, Literals.AMO_COVERAGE__CAISSE, amo.getCaisse(), 3, false, out);
            digits(amo, Literals.AMO_COVERAGE__CENTRE, amo.getCentre(), 4, false, out);
            digits(amo, Literals.AMO_COVERAGE__AMO_SERVICE_CODE, amo.getAmoServiceCode(), 2, false, out);
        }
        if (object instanceof Practitioner practitioner) {
            digits(practitioner, Literals.PRACTITIONER__PS_NUMBER, practitioner.getPsNumber(), 9, true, out);
            digits(practitioner, Literals.PRACTITIONER__RPPS_NUMBER, practitioner.getRppsNumber(), 11, false, out);
            digits(practitioner, Literals.PRACTITIONER__SPECIALTY, practitioner.getSpecialty(), 2, false, out);
        }
        if (object instanceof PractitionerSettings settings) {
            range(settings, Literals.PRACTITIONER_SETTINGS__NEXT_INVOICE_NUMBER, settings.getNextInvoiceNumber(), 1,
                    InvoiceNumber.MAX, out);
            range(settings, Literals.PRACTITIONER_SETTINGS__NEXT_LOT_NUMBER, settings.getNextLotNumber(), 1, 999, out);
        }
        if (object instanceof Lot lot) {
            range(lot, Literals.LOT__NUMBER, lot.getNumber(), 1, 999, out);
            digits(lot, Literals.LOT__DESTINATION, lot.getDestination(), 9, false, out);
        }
        if (object instanceof Invoice invoice) {
            invoice(invoice, out);
        }
        if (object instanceof InvoiceLine line) {
            line(line, out);
        }
        if (object instanceof Retenue retenue) {
            notNegative(retenue, Literals.RETENUE__AMOUNT, retenue.getAmount(), out);
        }
        if (object instanceof AmcAttestation attestation) {
            notNegative(attestation, Literals.AMC_ATTESTATION__PEC_AMOUNT, attestation.getPecAmount(), out);
        }
    }

    private void person(Person person, List<Problem> out) {
        if (isBlank(person.getLastName())) {
            out.add(Problem.error(person, Literals.PERSON__LAST_NAME, "field.required", label(Literals.PERSON__LAST_NAME)));
        }
        if (!isBlank(person.getNir())) {
            NirValidator.check(person.getNir(), person.getNirKey())
                    .ifPresent(problem -> out.add(problem.on(person, Literals.PERSON__NIR)));
        }
        String birthDate = person.getBirthDate();
        if (!isBlank(birthDate)) {
            BirthDateValidator.check(birthDate).ifPresentOrElse(
                    problem -> out.add(problem.on(person, Literals.PERSON__BIRTH_DATE)),
                    () -> BirthDateValidator.toCalendarDate(birthDate)
                            .filter(date -> date.isAfter(LocalDate.now(clock)))
                            .ifPresent(date -> out.add(Problem.error(person, Literals.PERSON__BIRTH_DATE,
                                    "birthdate.future", BirthDateValidator.display(birthDate)))));
        }
    }

    private static void beneficiary(Beneficiary beneficiary, List<Problem> out) {
        range(beneficiary, Literals.BENEFICIARY__BIRTH_RANK, beneficiary.getBirthRank(), 1, 9, out);
        String quality = beneficiary.getQuality();
        if (!isBlank(quality) && !TWO_DIGITS.matcher(quality).matches()) {
            out.add(Problem.error(beneficiary, Literals.BENEFICIARY__QUALITY, "field.digits",
                    label(Literals.BENEFICIARY__QUALITY), quality, "2"));
        }
        if (!isBlank(beneficiary.getCertifiedNir())) {
            NirValidator.check(beneficiary.getCertifiedNir(), beneficiary.getCertifiedNirKey())
                    .ifPresent(problem -> out.add(problem.on(beneficiary, Literals.BENEFICIARY__CERTIFIED_NIR)));
        }
    }

    private static void invoice(Invoice invoice, List<Problem> out) {
        InvoiceState state = invoice.getState();
        boolean needsNumber = state != null && state != InvoiceState.DRAFT && state != InvoiceState.RATES_CHECKED
                && state != InvoiceState.CANCELLED;
        if (needsNumber && (invoice.getNumber() == null || invoice.getSecureMode() == null)) {
            out.add(Problem.error(invoice, Literals.INVOICE__NUMBER, "invoice.unsecured", state.name()));
        }
        LocalDate care = invoice.getCareDate();
        LocalDate billed = invoice.getInvoiceDate();
        if (care != null && billed != null && care.isAfter(billed)) {
            out.add(Problem.error(invoice, Literals.INVOICE__CARE_DATE, "invoice.care.after.invoice",
                    DateFormats.french(care), DateFormats.french(billed)));
        }
        total(invoice, Literals.INVOICE__TOTAL_FEES, invoice.getTotalFees(), InvoiceLine::getFees, out);
        total(invoice, Literals.INVOICE__TOTAL_AMO, invoice.getTotalAmo(), InvoiceLine::getAmo, out);
        total(invoice, Literals.INVOICE__TOTAL_AMC, invoice.getTotalAmc(), InvoiceLine::getAmc, out);
        total(invoice, Literals.INVOICE__TOTAL_PATIENT, invoice.getTotalPatient(), InvoiceLine::getPatientShare, out);
    }

    private static void total(Invoice invoice, EAttribute feature, Money total, Function<InvoiceLine, Money> part,
            List<Problem> out) {
        Money sum = Money.ZERO;
        for (InvoiceLine line : invoice.getLines()) {
            sum = sum.plus(orZero(part.apply(line)));
        }
        if (!orZero(total).equals(sum)) {
            out.add(Problem.error(invoice, feature, "invoice.total", label(feature), french(orZero(total)), french(sum)));
        }
    }

    private static void line(InvoiceLine line, List<Problem> out) {
        String number = Integer.toString(lineNumber(line));
        if (isBlank(line.getActCode()) && isBlank(line.getLppCode())) {
            out.add(Problem.error(line, Literals.INVOICE_LINE__ACT_CODE, "line.code.missing", number));
        }
        digits(line, Literals.INVOICE_LINE__LPP_CODE, line.getLppCode(), 7, false, out);
        range(line, Literals.INVOICE_LINE__QUANTITY, line.getQuantity(), 1, Integer.MAX_VALUE, out);
        range(line, Literals.INVOICE_LINE__RATE, line.getRate(), 0, 100, out);
        boolean counterpart = line.eContainer() instanceof Invoice invoice && invoice.getCounterpartOf() != null;
        if (!counterpart) {
            for (EAttribute amount : List.of(Literals.INVOICE_LINE__UNIT_PRICE, Literals.INVOICE_LINE__FEES,
                    Literals.INVOICE_LINE__BASE, Literals.INVOICE_LINE__AMO, Literals.INVOICE_LINE__AMC,
                    Literals.INVOICE_LINE__PATIENT_SHARE)) {
                notNegative(line, amount, (Money) line.eGet(amount), out);
            }
        }
        Money fees = orZero(line.getFees());
        Money amo = orZero(line.getAmo());
        Money amc = orZero(line.getAmc());
        Money patient = orZero(line.getPatientShare());
        if (!fees.equals(amo.plus(amc).plus(patient))) {
            out.add(Problem.error(line, Literals.INVOICE_LINE__FEES, "line.split", number, french(fees), french(amo),
                    french(amc), french(patient)));
        }
    }

    private static int lineNumber(InvoiceLine line) {
        return line.eContainer() instanceof Invoice invoice ? invoice.getLines().indexOf(line) + 1 : 1;
    }

    private static void digits(EObject object, EAttribute feature, String value, int count, boolean required,
            List<Problem> out) {
        if (isBlank(value)) {
            if (required) {
                out.add(Problem.error(object, feature, "field.required", label(feature)));
            }
        } else if (value.length() != count || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            out.add(Problem.error(object, feature, "field.digits", label(feature), value, Integer.toString(count)));
        }
    }

    private static void range(EObject object, EAttribute feature, int value, int min, int max, List<Problem> out) {
        if (value < min || value > max) {
            out.add(Problem.error(object, feature, "field.range", label(feature), Integer.toString(value),
                    Integer.toString(min), max == Integer.MAX_VALUE ? "∞" : Integer.toString(max)));
        }
    }

    private static void notNegative(EObject object, EAttribute feature, Money value, List<Problem> out) {
        if (value != null && value.isNegative()) {
            out.add(Problem.error(object, feature, "field.negative", label(feature), french(value)));
        }
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The French label of a feature ({@code label.<name>}), or its name when none is defined. */
    static String label(EAttribute feature) {
        String key = "label." + feature.getName();
        return Messages.get().has(key) ? Messages.get().format(key) : feature.getName();
    }
}
