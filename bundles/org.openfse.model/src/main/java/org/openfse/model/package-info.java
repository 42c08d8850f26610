/** The OpenFSE EMF metamodel. */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.openfse.model;
