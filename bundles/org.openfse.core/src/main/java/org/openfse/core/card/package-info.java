/**
 * Card readers, Vitale and CPS cards: the driver contract, the card profiles that decode cards, the
 * CPS session with its PIN policy, the ApCV hook, and the data read from cards.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.card;
