/** Transports of lots and returns. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.transport;
