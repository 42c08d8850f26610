package org.openfse.billing.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.openfse.core.tariff.ActLine;
import org.osgi.service.component.annotations.Component;

/**
 * Optics: corrective lenses are delivered on a dated medical prescription that is still valid on the
 * day of delivery. Code de la santé publique, article D4362-12 (décret n° 2016-1381 du 12 octobre
 * 2016): a medical prescription of corrective lenses is valid one year for patients under 16, five
 * years from 16 to 42, three years above 42. The age is the patient's age on the day of the
 * prescription; a prescription dated D and valid N years covers deliveries up to the day before
 * D + N years. Lens codes are those of the 2020 reform (DOMAIN.md "Pricing facts": class A V01–V04,
 * class B VU1–VU7 and VM1–VM7); a frame or a service alone does not need the check.
 */
@Component(service = InvoiceCheck.class)
public final class OpticianPrescriptionCheck implements InvoiceCheck {

    static final String ID = "optician-prescription";
    static final String SPECIALTY = "optician";

    private final Messages messages = Messages.load();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String specialty() {
        return SPECIALTY;
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        if (draft.lines().stream().map(ActLine::code).noneMatch(OpticianPrescriptionCheck::isLens)) {
            return List.of();
        }
        if (draft.prescriptionDate().isEmpty()) {
            return List.of(new CheckResult(ID, Severity.BLOCKING, "prescription.missing", List.of(),
                    messages.format("prescription.missing")));
        }
        LocalDate prescribed = draft.prescriptionDate().get();
        Optional<LocalDate> birth = birthDate(draft.beneficiary().birthDate());
        int age = birth.map(b -> Period.between(b, prescribed).getYears()).orElse(Integer.MAX_VALUE);
        int years = validityYears(age);
        LocalDate lastDay = prescribed.plusYears(years).minusDays(1);
        if (draft.careDate().isAfter(lastDay)) {
            List<String> arguments = List.of(FrenchDates.format(prescribed), String.valueOf(years),
                    birth.isPresent() ? String.valueOf(age) : "?", FrenchDates.format(lastDay),
                    FrenchDates.format(draft.careDate()));
            return List.of(new CheckResult(ID, Severity.BLOCKING, "prescription.expired", arguments,
                    messages.format("prescription.expired", arguments.toArray())));
        }
        return List.of();
    }

    /** CSP art. D4362-12: under 16 one year, 16 to 42 five years, above 42 three years. */
    static int validityYears(int age) {
        if (age < 16) {
            return 1;
        }
        return age <= 42 ? 5 : 3;
    }

    /** Lens codes of the 2020 reform: V01–V04, VU1–VU7, VM1–VM7. */
    static boolean isLens(String code) {
        return code != null && code.matches("V0[1-4]|VU[1-7]|VM[1-7]");
    }

    /**
     * The birth date of a card ({@code YYYYMMDD}); a lunar date (day or month beyond the calendar,
     * kept as written on the card) is read with the month brought back to 1–12 and the day to the
     * month's days ({@code 20161332} → 31/12/2016).
     */
    static Optional<LocalDate> birthDate(String text) {
        if (text == null || !text.matches("\\d{8}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(text.substring(0, 4));
        int month = Integer.parseInt(text.substring(4, 6));
        int day = Integer.parseInt(text.substring(6, 8));
        if (year < 1800) {
            return Optional.empty();
        }
        int m = Math.min(Math.max(month, 1), 12);
        LocalDate first = LocalDate.of(year, m, 1);
        int d = Math.min(Math.max(day, 1), first.lengthOfMonth());
        return Optional.of(first.withDayOfMonth(d));
    }
}
