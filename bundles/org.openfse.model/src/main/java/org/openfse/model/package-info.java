/** Entry point to the OpenFSE EMF model: resource sets, saving and loading model files. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.model;
