package org.openfse.ui.internal.card;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Nir;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.CardException;
import org.openfse.core.card.VitaleCard;
import org.openfse.ui.internal.Messages;

/** French texts of card data: dates, periods, codes with their labels, errors. */
public final class CardTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CardTexts() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String day(Optional<LocalDate> day) {
        return day.map(CardTexts::day).orElse(Messages.get("card.value.none"));
    }

    /** A card birth date {@code YYYYMMDD} as {@code DD/MM/YYYY}, lunar dates kept as written. */
    public static String birthDate(String yyyymmdd) {
        if (yyyymmdd.length() != 8) {
            return yyyymmdd;
        }
        return yyyymmdd.substring(6, 8) + "/" + yyyymmdd.substring(4, 6) + "/" + yyyymmdd.substring(0, 4);
    }

    /** {@code 2550699999999 34}: the body and the key, as seed 002 prints a NIR. */
    public static String nir(Nir nir) {
        return nir.body() + " " + String.format("%02d", nir.key());
    }

    public static String period(Period period) {
        return period.to().map(end -> Messages.get("card.period.closed", day(period.from()), day(end)))
                .orElseGet(() -> Messages.get("card.period.open", day(period.from())));
    }

    public static String period(Optional<Period> period) {
        return period.map(CardTexts::period).orElse(Messages.get("card.value.none"));
    }

    /** The AMO rights: every period on the card, or "non renseignés". */
    public static String rights(List<Period> periods) {
        if (periods.isEmpty()) {
            return Messages.get("rights.none");
        }
        return String.join(" ; ", periods.stream().map(CardTexts::period).toList());
    }

    /** The AMO rights on a day: open (with the covering period) or closed. */
    public static String rightsOn(List<Period> periods, LocalDate day) {
        return periods.stream().filter(p -> p.contains(day)).findFirst()
                .map(p -> Messages.get("card.rights.openOn", day(day), period(p)))
                .orElseGet(() -> Messages.get("card.rights.closedOn", day(day)));
    }

    /** Seed 002: "0 - Assuré" for the insured; other qualities by their code (no public table of them). */
    public static String quality(String code) {
        String label = Messages.get("card.quality." + code, code);
        return label.startsWith("!") ? code : label;
    }

    /** Seed 002: "1 - Pas de jumeau ou 1er". */
    public static String rank(int rank) {
        return rank == 1 ? Messages.get("card.rank.first") : Messages.get("card.rank.other", rank);
    }

    /** Seed 002: "00 - Pas de service AMO". */
    public static String amoService(AmoService service) {
        return AmoService.NONE.equals(service.code()) ? Messages.get("card.amoService.none") : service.code();
    }

    public static String kind(VitaleCard.Kind kind) {
        return Messages.get("card.kind." + kind.name());
    }

    public static String fullName(Beneficiary beneficiary) {
        return beneficiary.firstName() + " " + beneficiary.lastName();
    }

    /** The French sentence for a card failure (reason, and tries left for a wrong PIN). */
    public static String error(CardException e) {
        if (e.reason() == CardException.Reason.WRONG_PIN && e.triesLeft() >= 0) {
            return Messages.get("card.error.WRONG_PIN.left", e.triesLeft());
        }
        return Messages.get("card.error." + e.reason().name());
    }
}
