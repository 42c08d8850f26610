/**
 * Lots of secured invoices (DOMAIN.md "Lots and transmission"): grouping, 3-digit numbering, B2
 * files, the lot state machine, ARL handling, resend rules, deadline warnings and the bordereau.
 * The entry point is {@link org.openfse.core.lot.LotService}.
 *
 * <p>1.1.0: operations on stored lots (mettre en lot, mettre en fichier, sending and ARL moves,
 * queries, bordereau) and {@link org.openfse.core.lot.WorkingDays}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.lot;
