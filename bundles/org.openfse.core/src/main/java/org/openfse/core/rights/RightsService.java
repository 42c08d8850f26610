package org.openfse.core.rights;

import java.time.LocalDate;
import org.openfse.core.card.Beneficiary;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tells whether a beneficiary's AMO rights are open on the day of care (DOMAIN.md, "Rights").
 *
 * <p>The reference implementation reads the periods carried by the card; rights with the ADRi
 * query (modes automatique, systématique, manuel) are given by {@link AdriRightsService} (since 1.1).
 * Rights returned by ADRi cover one year back from the query day
 * ({@link org.openfse.core.Period#yearBefore(LocalDate)}).
 */
@ProviderType
public interface RightsService {

    /**
     * @param beneficiary as read from the card or the patient folder
     * @param careDay the day the acts were done
     * @return OPEN with the covering period, CLOSED when periods exist but none covers the day,
     *         UNKNOWN when no period is known
     */
    RightsStatus rightsOn(Beneficiary beneficiary, LocalDate careDay);
}
