/** Securing of invoices (SESAM engines) and secure modes. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.sesam;
