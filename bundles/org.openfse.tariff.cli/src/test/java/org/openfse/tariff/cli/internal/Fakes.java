package org.openfse.tariff.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.routing.CoverageRouter;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.PricedInvoice;
import org.openfse.core.tariff.PricedLine;
import org.openfse.core.tariff.PricingException;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.TariffEngine;
import org.openfse.tariff.spi.Texts;

/** A tariff engine and a router with simple, known results, to test the command's plumbing. */
final class Fakes {

    static final Texts TEXTS = Texts.load(PriceCommand.class, PriceCommand.MESSAGES);

    private Fakes() {
    }

    /**
     * Every line: fee = unit price (else 10.00 x coefficient) x quantity, base = fee, AMO 60 %;
     * a fixed AMC amount goes on the last line; code ZZZ is unknown; the last request is kept.
     */
    static final class Engine implements TariffEngine {
        PricingRequest last;

        @Override
        public PricedInvoice price(PricingRequest request) throws PricingException {
            last = request;
            List<PricedLine> lines = new ArrayList<>();
            for (int i = 0; i < request.lines().size(); i++) {
                ActLine line = request.lines().get(i);
                if (line.code().equals("ZZZ")) {
                    throw new PricingException(PricingException.Reason.UNKNOWN_CODE, "lines[" + i + "].code",
                            "Le code ZZZ n'existe pas dans la table de test.");
                }
                Money net = line.unitPrice().orElse(Money.parse("10.00").times(line.coefficient())).times(line.quantity());
                Money amo = net.percent(60);
                Money amc = i == request.lines().size() - 1 && request.amc().isPresent()
                        ? request.amc().get().amount().orElse(Money.ZERO).min(net.minus(amo))
                        : Money.ZERO;
                lines.add(new PricedLine(line.code(), net, net, 60, amo, amc, net.minus(amo).minus(amc)));
            }
            return new PricedInvoice(lines);
        }

        @Override
        public Set<String> specialties() {
            return Set.of("nurse");
        }
    }

    /** FSE_RO, FSE_RO_RC or FSE_AND_DRE from the AMC management; transport: the concentrator, else mail. */
    static final CoverageRouter ROUTER = request -> {
        if (!request.amoClaim() && request.amc() == AmcManagement.NONE) {
            throw new IllegalArgumentException("Rien à transmettre.");
        }
        String transport = request.concentrator().orElse("mail");
        return switch (request.amc()) {
            case NONE -> new RoutingDecision(InvoiceFlow.FSE_RO, Optional.of(request.amoOrganisme()), Optional.empty(), transport);
            case UNIQUE -> new RoutingDecision(InvoiceFlow.FSE_RO_RC, Optional.of(request.amoOrganisme()), Optional.empty(), transport);
            case SEPARATE -> new RoutingDecision(InvoiceFlow.FSE_AND_DRE, Optional.of(request.amoOrganisme()), request.amcOrganisme(),
                    transport);
        };
    };
}
