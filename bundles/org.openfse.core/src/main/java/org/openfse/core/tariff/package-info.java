/** Pricing of invoices: engine, specialty rules, priced lines. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.core.tariff;
