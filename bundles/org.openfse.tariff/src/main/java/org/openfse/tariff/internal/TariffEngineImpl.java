package org.openfse.tariff.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openfse.core.Money;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.LinePricing;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.core.tariff.TariffRule;
import org.openfse.tariff.spi.ContractCeiling;
import org.openfse.tariff.spi.ContractCeilingRule;
import org.openfse.tariff.spi.Exemptions;
import org.openfse.tariff.spi.Fields;
import org.openfse.tariff.spi.ParticipationRule;
import org.openfse.tariff.spi.Texts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The tariff engine: checks the coverage's exemption situation, hands each request to the
 * {@link TariffRule} of its specialty (and to its {@link ParticipationRule}, and for contract
 * rates of a responsible contract to its {@link ContractCeilingRule}, when installed), then
 * splits every line into AMO, AMC and patient parts with {@link InvoicePricer}. Rules come and go
 * with their bundles; for one specialty the highest {@code service.ranking} wins.
 */
@Component(service = TariffEngine.class)
public final class TariffEngineImpl implements TariffEngine {

    private static final String SPECIALTY_FIELD = "specialty";

    private final Texts texts = Texts.load(TariffEngineImpl.class, "org.openfse.tariff.internal.messages");
    private final RankedRegistry<TariffRule> rules = new RankedRegistry<>();
    private final RankedRegistry<ParticipationRule> participationRules = new RankedRegistry<>();
    private final RankedRegistry<ContractCeilingRule> ceilingRules = new RankedRegistry<>();
    private final InvoicePricer pricer = new InvoicePricer(texts);

    @Override
    public PricedInvoice price(PricingRequest request) throws PricingException {
        Optional<TariffRule> rule = rules.best(request.specialty());
        if (rule.isEmpty()) {
            throw texts.refusal(PricingException.Reason.NO_RULE_FOR_SPECIALTY, SPECIALTY_FIELD, "engine.noRule",
                    request.specialty(), String.join(", ", new TreeSet<>(specialties())));
        }
        if (request.lines().isEmpty()) {
            throw texts.refusal(PricingException.Reason.INVALID_VALUE, Fields.LINES, "engine.noLines");
        }
        Exemptions.shipped().check(request.coverage());
        List<LinePricing> pricings = List.copyOf(rule.get().price(request));
        if (pricings.size() != request.lines().size()) {
            throw new IllegalStateException("the " + request.specialty() + " rule priced " + pricings.size() + " of "
                    + request.lines().size() + " lines");
        }
        Optional<ParticipationRule> participationRule = participationRules.best(request.specialty());
        List<Money> participations = participationRule.isPresent()
                ? List.copyOf(participationRule.get().participations(request, pricings))
                : noParticipation(pricings.size());
        return pricer.price(request, pricings, participations, ceilings(request, pricings));
    }

    private List<ContractCeiling> ceilings(PricingRequest request, List<LinePricing> pricings) throws PricingException {
        Optional<AmcRequest> amc = request.amc();
        if (amc.isEmpty() || !amc.get().byContract() || !amc.get().responsible()) {
            return List.of();
        }
        Optional<ContractCeilingRule> rule = ceilingRules.best(request.specialty());
        return rule.isPresent() ? List.copyOf(rule.get().ceilings(request, pricings)) : List.of();
    }

    @Override
    public Set<String> specialties() {
        return Set.copyOf(rules.specialties());
    }

    @Reference(name = "rule", service = TariffRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRule", updated = "addRule")
    void addRule(TariffRule rule, Map<String, Object> properties) {
        rules.put(rule, rule.specialty(), properties);
    }

    void removeRule(TariffRule rule, Map<String, Object> properties) {
        rules.remove(properties);
    }

    @Reference(name = "participationRule", service = ParticipationRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeParticipationRule", updated = "addParticipationRule")
    void addParticipationRule(ParticipationRule rule, Map<String, Object> properties) {
        participationRules.put(rule, rule.specialty(), properties);
    }

    void removeParticipationRule(ParticipationRule rule, Map<String, Object> properties) {
        participationRules.remove(properties);
    }

    @Reference(name = "ceilingRule", service = ContractCeilingRule.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeCeilingRule", updated = "addCeilingRule")
    void addCeilingRule(ContractCeilingRule rule, Map<String, Object> properties) {
        ceilingRules.put(rule, rule.specialty(), properties);
    }

    void removeCeilingRule(ContractCeilingRule rule, Map<String, Object> properties) {
        ceilingRules.remove(properties);
    }

    private static List<Money> noParticipation(int size) {
        List<Money> zeros = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            zeros.add(Money.ZERO);
        }
        return zeros;
    }
}
