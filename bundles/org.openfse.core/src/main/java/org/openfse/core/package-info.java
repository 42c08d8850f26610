/**
 * Value types shared by every OpenFSE bundle: {@link org.openfse.core.Money},
 * {@link org.openfse.core.Nir}, {@link org.openfse.core.Period},
 * {@link org.openfse.core.InvoiceNumber}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.core;
