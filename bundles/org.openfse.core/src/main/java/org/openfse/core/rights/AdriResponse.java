package org.openfse.core.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.ExemptionPeriod;

/**
 * What the régime answered to an ADRi query. Every period is clipped to {@link #window()}: ADRi
 * tells nothing about a day outside it (seed 002).
 *
 * @param queryDay the day of the question
 * @param window one year back from {@code queryDay} ({@link Period#yearBefore(LocalDate)})
 * @param amoRegime régime, 2 digits
 * @param amoFund caisse, 3 digits
 * @param amoCentre centre, 4 digits
 * @param rights the open AMO rights periods within the window (empty: rights closed on the whole window)
 * @param amoService the service AMO (C2S...) when the régime gives one
 * @param exemptions exemption periods (ALD, other situations) within the window
 * @param alsaceMoselle whether the beneficiary belongs to the régime local d'Alsace-Moselle
 * @param maternityEnd the theoretical end of maternity insurance, when one is running
 * @since 1.1
 */
public record AdriResponse(LocalDate queryDay, Period window, String amoRegime, String amoFund, String amoCentre,
        List<Period> rights, Optional<AmoService> amoService, List<ExemptionPeriod> exemptions, boolean alsaceMoselle,
        Optional<LocalDate> maternityEnd) {

    public AdriResponse {
        Objects.requireNonNull(queryDay, "queryDay");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(amoRegime, "amoRegime");
        Objects.requireNonNull(amoFund, "amoFund");
        Objects.requireNonNull(amoCentre, "amoCentre");
        Objects.requireNonNull(amoService, "amoService");
        Objects.requireNonNull(maternityEnd, "maternityEnd");
        rights = List.copyOf(rights);
        exemptions = List.copyOf(exemptions);
    }

    /** Whether the answer can still be used today: ADRi answers are asked again each day (seed 002). */
    public boolean currentOn(LocalDate today) {
        return queryDay.equals(today);
    }

    /** Whether the answer says anything about this day (it lies in the window). */
    public boolean covers(LocalDate day) {
        return window.contains(day);
    }
}
