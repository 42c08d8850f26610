/**
 * Persistence service: the {@link org.openfse.core.store.Store}, its transactions and one
 * repository per aggregate type.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.store;
