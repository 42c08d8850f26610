/**
 * EMF metadata of the OpenFSE model: {@link org.openfse.model.meta.OpenfsePackage} (with its
 * {@code Literals}) and {@link org.openfse.model.meta.OpenfseFactory}. Generated, see {@code src-gen/}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.model.meta;
