package org.openfse.core.transport;

import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Chooses the transport of a lot ("transport chosen per organisme"). Rules, first match wins:
 * <ol>
 * <li>the concentrator the lot goes through ({@code PendingFile.concentratorId}, a
 * {@code Concentrator} of the store) when its "Télétransmission" is Oui: its {@code transport};</li>
 * <li>a route of the practice: the longest organisme prefix of {@link #routes()} that starts the
 * destination's digits ({@code 01349} for one caisse, {@code 01} for a whole régime);</li>
 * <li>the registry's {@link TransportRegistry#defaultTransport() default transport}.</li>
 * </ol>
 * Routes are stored in the practice setting {@value #ROUTES_SETTING}, as
 * {@code prefix=transportId} pairs separated by {@code ;} ({@code 01349=mail;02=areasante}).
 *
 * @since 1.1
 */
@ProviderType
public interface TransportRouter {

    /** Name of the practice setting that holds the routes. */
    String ROUTES_SETTING = "transport.routes";

    /**
     * The id of the transport for a lot.
     *
     * @param destination destination organisme as the lots give it ({@code "01 349"}, or the
     *        9-digit code); spaces are ignored
     * @param concentratorId store id of the concentrator, 0 when none
     * @return empty when no rule gives a transport (nothing configured)
     */
    Optional<String> transportIdFor(String destination, long concentratorId);

    /** The routes of the practice: organisme prefix (2 to 9 digits) → transport id, sorted by prefix. */
    Map<String, String> routes();

    /**
     * Sets (or with {@code null}, removes) the route of an organisme prefix.
     *
     * @throws IllegalArgumentException when the prefix is not 2 to 9 digits
     */
    void setRoute(String organismePrefix, String transportId);
}
