/** Return files from the payers (NOEMIE-PS). */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.openfse.core.returns;
