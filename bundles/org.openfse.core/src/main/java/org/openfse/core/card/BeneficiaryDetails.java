package org.openfse.core.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Vitale card carries for one beneficiary besides identity and AMO rights: the screen
 * "Détail Informations Vitale" shows it (seed 002). Every part is optional because a card profile
 * reads only what its cards hold.
 *
 * @param birthName nom patronymique (birth name), empty when not on the card
 * @param address the address lines, at most 5, empty when not on the card
 * @param certificationDate the day the beneficiary's NIR was certified
 * @param amoManagingCode code de gestion of the AMO attachment, 2 digits (seed 002: {@code 10}), empty when
 *        not on the card
 * @param gpDeclared whether a médecin traitant is declared, empty when the card does not say
 * @param amoService service AMO of the beneficiary (code 00 = no service) and its period
 * @param exemptions periods of exemption (ALD and other situations)
 * @param mutuelle the mutuelle attachment
 * @param amc the complementary insurer (AMC) contract
 * @param workAccident the work-accident (accident du travail) references
 */
public record BeneficiaryDetails(String birthName, List<String> address, Optional<LocalDate> certificationDate,
        String amoManagingCode, Optional<Boolean> gpDeclared, Optional<AmoService> amoService,
        List<ExemptionPeriod> exemptions, Optional<Mutuelle> mutuelle, Optional<AmcContract> amc,
        Optional<WorkAccidentRights> workAccident) {

    /** Nothing beyond identity and AMO rights was read. */
    public static final BeneficiaryDetails NONE = new BeneficiaryDetails("", List.of(), Optional.empty(), "",
            Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public BeneficiaryDetails {
        Objects.requireNonNull(birthName, "birthName");
        Objects.requireNonNull(certificationDate, "certificationDate");
        Objects.requireNonNull(amoManagingCode, "amoManagingCode");
        Objects.requireNonNull(gpDeclared, "gpDeclared");
        Objects.requireNonNull(amoService, "amoService");
        Objects.requireNonNull(mutuelle, "mutuelle");
        Objects.requireNonNull(amc, "amc");
        Objects.requireNonNull(workAccident, "workAccident");
        address = List.copyOf(address);
        exemptions = List.copyOf(exemptions);
        if (address.size() > 5) {
            throw new IllegalArgumentException("an address has at most 5 lines, not " + address.size());
        }
    }
}
