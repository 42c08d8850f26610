package org.openfse.routing.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.routing.RoutingDecision;
import org.openfse.core.routing.RoutingRequest;

/**
 * Decides the documents an invoice produces and where they go (DOMAIN.md, "Actors and flows"):
 * <ul>
 * <li>the AMC part travels only when the AMC pays the professional (tiers payant AMC): in
 * gestion unique inside the FSE (FSE RO+RC, the AMO or the concentrator passes it on), in gestion
 * séparée in its own DRE to the AMC; without tiers payant on the AMC part the patient claims it,
 * and nothing about it is transmitted with this invoice;</li>
 * <li>the FSE goes to the AMO organisme whenever there is an AMO part to claim, whoever is
 * paid (tiers payant AMO only decides the payee, which the FSE itself carries); in gestion unique
 * it also goes when only the AMC part is claimed, since the AMO handles it;</li>
 * <li>with no AMO part and a DRE, the invoice is a DRE alone;</li>
 * <li>everything goes through the concentrator (OCT) configured for this AMC or organisme, or
 * else directly, through the configured direct transport.</li>
 * </ul>
 */
final class RoutingPolicy {

    private final ResourceBundle texts = ResourceBundle.getBundle("org.openfse.routing.internal.messages", Locale.getDefault(),
            RoutingPolicy.class.getClassLoader());

    /**
     * @param directTransport id of the transport used without concentrator ({@code mail})
     * @throws IllegalArgumentException when there is nothing to claim, or a destination is blank
     */
    RoutingDecision route(RoutingRequest request, String directTransport) {
        boolean amcTransmitted = request.amc() != AmcManagement.NONE && request.tiersPayantAmc();
        if (!request.amoClaim() && !amcTransmitted) {
            throw new IllegalArgumentException(text("routing.nothingToClaim"));
        }
        String transport = request.concentrator().filter(id -> !id.isBlank()).orElse(directTransport);
        if (amcTransmitted && request.amc() == AmcManagement.SEPARATE) {
            Optional<String> dre = Optional.of(destination(request.amcOrganisme().orElse(""), "routing.noAmcOrganisme"));
            return request.amoClaim()
                    ? new RoutingDecision(InvoiceFlow.FSE_AND_DRE, Optional.of(amo(request)), dre, transport)
                    : new RoutingDecision(InvoiceFlow.DRE_ONLY, Optional.empty(), dre, transport);
        }
        InvoiceFlow flow = amcTransmitted ? InvoiceFlow.FSE_RO_RC : InvoiceFlow.FSE_RO;
        return new RoutingDecision(flow, Optional.of(amo(request)), Optional.empty(), transport);
    }

    private String amo(RoutingRequest request) {
        return destination(request.amoOrganisme(), "routing.noAmoOrganisme");
    }

    private String destination(String organisme, String missingKey) {
        if (organisme.isBlank()) {
            throw new IllegalArgumentException(text(missingKey));
        }
        return organisme.strip();
    }

    private String text(String key) {
        return new MessageFormat(texts.getString(key), Locale.FRENCH).format(new Object[0]);
    }
}
