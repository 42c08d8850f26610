package org.openfse.simulator.internal.adri;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.ExemptionPeriod;

/**
 * The rights the "Caisse de TEST" knows, by insured NIR (13 digits) and beneficiary (birth date as on
 * the card, birth rank). All of it is fictitious test data, for the cards of {@code org.openfse.card.demo}:
 *
 * <ul>
 * <li>The demo family (insured 1850399999001, card DEMO000001): rights open since 01/01/2024 with no
 * end, as on the card; the spouse's ALD exemption 01/03/2024 – 28/02/2029 as on the card. What ADRi
 * adds: the child SACHA has the C2S (service AMO {@code 10}) since 01/01/2024, which the card does not
 * carry (code 00) — the case of a stale card.</li>
 * <li>The seed 002 test card (DESMAUX NATHALIE, 2550699999999, born 15/06/1955): the card's period
 * 01/02/2020 – 31/01/2025, and a renewal 01/02/2025 – 31/01/2026 that the card does not carry yet.</li>
 * <li>A beneficiary whose rights closed on 31/12/2023 (insured 1700199999004, born 01/01/1970), for
 * closed-rights answers.</li>
 * </ul>
 */
final class AdriRecords {

    /** What the régime holds for one beneficiary. */
    record Entry(String regime, String fund, String centre, List<Period> rights, Optional<AmoService> amoService,
            List<ExemptionPeriod> exemptions, boolean alsaceMoselle, Optional<LocalDate> maternityEnd) {
    }

    /** Key: insured NIR (13 digits) + "/" + birth date YYYYMMDD + "/" + birth rank. */
    static String key(String insuredNir, String birthDate, int birthRank) {
        return insuredNir + "/" + birthDate + "/" + birthRank;
    }

    private static final AmoService NO_SERVICE = new AmoService(AmoService.NONE, Optional.empty());
    private static final LocalDate DEMO_RIGHTS_FROM = LocalDate.of(2024, 1, 1);

    static final Map<String, Entry> ENTRIES = Map.of(
            key("1850399999001", "19850312", 1), new Entry("01", "751", "9999",
                    List.of(Period.startingOn(DEMO_RIGHTS_FROM)), Optional.of(NO_SERVICE), List.of(), false, Optional.empty()),
            key("1850399999001", "19870624", 1), new Entry("01", "751", "9999",
                    List.of(Period.startingOn(DEMO_RIGHTS_FROM)), Optional.of(NO_SERVICE),
                    List.of(new ExemptionPeriod(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2029, 2, 28)), true, "")),
                    false, Optional.empty()),
            key("1850399999001", "20161332", 1), new Entry("01", "751", "9999",
                    List.of(Period.startingOn(DEMO_RIGHTS_FROM)),
                    Optional.of(new AmoService("10", Optional.of(Period.startingOn(DEMO_RIGHTS_FROM)))), List.of(), false,
                    Optional.empty()),
            key("2550699999999", "19550615", 1), new Entry("01", "999", "9999",
                    List.of(Period.of(LocalDate.of(2020, 2, 1), LocalDate.of(2025, 1, 31)),
                            Period.of(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31))),
                    Optional.of(NO_SERVICE), List.of(), false, Optional.empty()),
            key("1700199999004", "19700101", 1), new Entry("01", "999", "9999",
                    List.of(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31))), Optional.of(NO_SERVICE),
                    List.of(), false, Optional.empty()));

    private AdriRecords() {
    }
}
