/** AMO rights of a beneficiary (card data, ADRi). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.rights;
