package org.openfse.sesam.reference.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openfse.core.rights.AdriMode;
import org.openfse.core.rights.RightsStatus;
import org.openfse.core.sesam.AmcAttestation;
import org.openfse.core.sesam.ForcingDecision;
import org.openfse.core.sesam.ForcingField;
import org.openfse.core.sesam.ForcingKind;
import org.openfse.core.sesam.ForcingRecord;
import org.openfse.core.sesam.ForcingRefusedException;
import org.openfse.core.sesam.ForcingValue;
import org.openfse.core.sesam.Justification;
import org.openfse.core.sesam.RateCheck;
import org.openfse.core.sesam.RateCheckContext;
import org.openfse.core.sesam.RateCheckField;
import org.openfse.core.sesam.RateCheckService;
import org.openfse.core.sesam.RateCheckValidation;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.RenewalIndicator;
import org.osgi.service.component.annotations.Component;

/**
 * The reference "Vérification du taux" and forçages (seed 002): pre-fill ({@link RateCheckPrefill}),
 * rules ({@link RateCheckRules}, {@link ForcingRules}) and the French labels of the dialog. Ranked
 * like the reference engine, so that a certified engine's own service wins.
 */
@Component(service = RateCheckService.class, property = "service.ranking:Integer=-100")
public final class ReferenceRateCheckService implements RateCheckService {

    private static final Set<Class<?>> LABELLED = Set.of(Justification.class, InsuranceNature.class, SecureMode.class,
            RenewalIndicator.class, RightsStatus.State.class, ForcingKind.class, ForcingField.class, AmcAttestation.ReferenceDate.class,
            AdriMode.class);

    private final Messages messages;
    private final RateCheckPrefill prefill = new RateCheckPrefill();
    private final RateCheckRules rules;
    private final ForcingRules forcingRules;

    public ReferenceRateCheckService() {
        this(Messages.load());
    }

    ReferenceRateCheckService(Messages messages) {
        this.messages = messages;
        this.rules = new RateCheckRules(messages);
        this.forcingRules = new ForcingRules(messages);
    }

    @Override
    public List<RateCheckField> fields() {
        return List.of(RateCheckField.values());
    }

    @Override
    public String label(RateCheckField field) {
        return messages.format("field." + field.name());
    }

    @Override
    public String label(Enum<?> choice) {
        Objects.requireNonNull(choice, "choice");
        Class<?> type = choice.getDeclaringClass();
        if (!LABELLED.contains(type)) {
            throw new IllegalArgumentException("no French label for " + type.getName());
        }
        String prefix = type == SecureMode.class ? "modeLong" : type.getSimpleName();
        return messages.format(prefix + "." + choice.name());
    }

    @Override
    public String yesNo(boolean value) {
        return messages.format(value ? "yes" : "no");
    }

    @Override
    public boolean visible(RateCheckField field, RateCheck check) {
        return switch (field) {
            case MATERNITY_DATE -> check.nature() == InsuranceNature.MATERNITE;
            case WORK_ACCIDENT_NUMBER, WORK_ACCIDENT_DATE -> check.nature() == InsuranceNature.AT;
            case EXEMPTION -> !check.amoJustification().fromCardOrAdri();
            default -> true;
        };
    }

    @Override
    public boolean editable(RateCheckField field, RateCheck check) {
        return field != RateCheckField.AMO_RIGHTS;
    }

    @Override
    public RateCheck prefill(RateCheckContext context) {
        return prefill.prefill(Objects.requireNonNull(context, "context"));
    }

    @Override
    public RateCheckValidation validate(RateCheck check, RateCheckContext context) {
        return rules.validate(Objects.requireNonNull(check, "check"), Objects.requireNonNull(context, "context"));
    }

    @Override
    public Coverage coverage(RateCheck check) {
        Set<Forcing> forcings = check.forcings().stream()
                .flatMap(f -> f.kind().coverageForcing().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Forcing.class)));
        return new Coverage(check.nature(), check.alsaceMoselle(), check.aldRelated(), check.c2s(),
                check.effectiveExemptionCode(), forcings);
    }

    @Override
    public List<ForcingKind> forcingKinds() {
        return List.of(ForcingKind.values());
    }

    @Override
    public String title(ForcingKind kind) {
        return messages.format("forcingTitle." + kind.name());
    }

    @Override
    public List<ForcingField> fields(ForcingKind kind) {
        return java.util.Arrays.stream(ForcingField.values()).filter(f -> f.kind() == kind).toList();
    }

    @Override
    public ForcingDecision checkForcing(ForcingValue value, RateCheck check) {
        return forcingRules.check(value, check);
    }

    @Override
    public RateCheck applyForcing(RateCheck check, ForcingRecord forcing) throws ForcingRefusedException {
        ForcingDecision decision = forcingRules.check(forcing.value(), check);
        if (!decision.allowed()) {
            throw new ForcingRefusedException(forcing.kind(), decision.reason().orElseThrow());
        }
        return check.toBuilder().forcing(forcing).build();
    }

    @Override
    public RateCheck removeForcing(RateCheck check, ForcingKind kind) {
        return check.toBuilder().removeForcing(kind).build();
    }
}
