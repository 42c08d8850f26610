/**
 * Generated EMF utilities of the OpenFSE model: switch, adapter factory and the XMI resource
 * factory for {@code *.openfse} files. Generated, see {@code src-gen/}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.model.util;
