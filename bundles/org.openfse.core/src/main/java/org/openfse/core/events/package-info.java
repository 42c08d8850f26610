/** Event Admin topics and property names of OpenFSE. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.core.events;
