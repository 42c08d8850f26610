/**
 * Invoice lifecycle, stored invoices ({@link org.openfse.core.billing.BillingService}) and the
 * checks run before securing ({@link org.openfse.core.billing.InvoiceCheck}).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.billing;
