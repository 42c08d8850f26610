/** Card readers, Vitale and CPS cards: the driver contract and the data read from cards. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.core.card;
