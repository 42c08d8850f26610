package org.openfse.sesam.reference.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.card.AmoService;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.ForcingDecision;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.InsuranceNature;

/**
 * When each forçage of seed 002's "SESAM-Vitale" button is allowed.
 *
 * <ul>
 * <li>Maternité ("corriger la date de fin de maternité"): only with the nature d'assurance maternité,
 * and a forced end different from the theoretical one.</li>
 * <li>Situation ETM ("changer manuellement le taux d'exonération (mode dégradé uniquement)"): only in
 * dégradé mode, with a code of IR_EXO_V.</li>
 * <li>Service AMO ("forcer/annuler la C2S qui serait absente/présente dans les données vitales"): a
 * 2-digit code different from the card's ({@code 00} when the card has none).</li>
 * <li>Siècle naissance ("forcer le siècle de la date de naissance qui peut être absent de certaines
 * cartes"): 18, 19 or 20, different from the card's, and the forced birth date not after the act.</li>
 * <li>Attestation AMC ("pour la création d'une DRE"): only when the AMC part is transmitted; a mutuelle
 * or prefectoral number, digits only; start not after end; a PEC amount not negative.</li>
 * </ul>
 */
final class ForcingRules {

    private final Messages messages;

    ForcingRules(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    ForcingDecision check(ForcingValue value, RateCheck check) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(check, "check");
        if (value instanceof ForcingValue.MaternityEnd m) {
            return maternity(m, check);
        }
        if (value instanceof ForcingValue.ExemptionForcing e) {
            return exemption(e, check);
        }
        if (value instanceof ForcingValue.AmoServiceForcing s) {
            return service(s);
        }
        if (value instanceof ForcingValue.BirthCentury c) {
            return century(c, check);
        }
        return amc(((ForcingValue.AmcAttestationForcing) value).attestation(), check);
    }

    private ForcingDecision maternity(ForcingValue.MaternityEnd value, RateCheck check) {
        if (check.nature() != InsuranceNature.MATERNITE) {
            return refuse("forcing.maternityNature");
        }
        if (value.theoretical().filter(value.forced()::equals).isPresent()) {
            return refuse("forcing.maternitySame", Messages.day(value.forced()));
        }
        return ForcingDecision.allow();
    }

    private ForcingDecision exemption(ForcingValue.ExemptionForcing value, RateCheck check) {
        if (check.secureMode() != SecureMode.DEGRADE) {
            return refuse("forcing.exemptionDegradeOnly");
        }
        if (!ExemptionCodes.known(value.code())) {
            return refuse("forcing.exemptionUnknown", value.code());
        }
        return ForcingDecision.allow();
    }

    private ForcingDecision service(ForcingValue.AmoServiceForcing value) {
        String code = value.forced().code();
        if (!code.matches("\\d{2}")) {
            return refuse("forcing.serviceCode", code);
        }
        String card = value.card().map(AmoService::code).orElse(AmoService.NONE);
        if (card.equals(code) && value.card().flatMap(AmoService::period).equals(value.forced().period())) {
            return refuse("forcing.serviceSame", code);
        }
        return ForcingDecision.allow();
    }

    private ForcingDecision century(ForcingValue.BirthCentury value, RateCheck check) {
        int century = value.century();
        if (century < 18 || century > 20) {
            return refuse("forcing.centuryRange", Integer.toString(century));
        }
        if (value.cardBirthDate().startsWith(String.format("%02d", century))) {
            return refuse("forcing.centurySame", Integer.toString(century));
        }
        Optional<LocalDate> forced = value.forcedCalendarDate();
        if (forced.filter(d -> d.isAfter(check.actDate())).isPresent()) {
            return refuse("forcing.centuryAfterAct", Messages.day(forced.get()), Messages.day(check.actDate()));
        }
        return ForcingDecision.allow();
    }

    private ForcingDecision amc(AmcAttestation attestation, RateCheck check) {
        if (!check.amcTransmission()) {
            return refuse("forcing.amcWithoutTransmission");
        }
        if (attestation.mutuelleNumber().isBlank() && attestation.prefectoralNumber().isBlank()) {
            return refuse("forcing.amcNumberRequired");
        }
        if (!attestation.mutuelleNumber().matches("\\d*")) {
            return refuse("forcing.amcNumberDigits", messages.format("forcing.amcLabel.mutuelle"), attestation.mutuelleNumber());
        }
        if (!attestation.prefectoralNumber().matches("\\d*")) {
            return refuse("forcing.amcNumberDigits", messages.format("forcing.amcLabel.prefectoral"),
                    attestation.prefectoralNumber());
        }
        if (attestation.startDate().isPresent() && attestation.endDate().isPresent()
                && attestation.startDate().get().isAfter(attestation.endDate().get())) {
            return refuse("forcing.amcPeriod", Messages.day(attestation.startDate().get()),
                    Messages.day(attestation.endDate().get()));
        }
        if (attestation.pecAmount().filter(a -> a.isNegative()).isPresent()) {
            return refuse("forcing.amcPecAmount", attestation.pecAmount().get().toString());
        }
        return ForcingDecision.allow();
    }

    private ForcingDecision refuse(String key, Object... arguments) {
        return ForcingDecision.refuse(messages.format(key, arguments));
    }
}
