/**
 * The OpenFSE test cards in software and the virtual card program that plugs them into the PC/SC
 * daemon through vsmartcard-vpcd (docs/card-profile.md). For tests and demonstrations only.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.openfse.card.demo.virtual;
