/**
 * The "Caisse de TEST" payer simulator: a payer organisme that answers what OpenFSE sends with the
 * files a real payer would return, written to the project's format documents
 * (reference/formats/NOEMIE-PS.md), for demos and end-to-end tests.
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.openfse.simulator;
