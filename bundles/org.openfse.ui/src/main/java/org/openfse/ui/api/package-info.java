/** Public ids and reusable widgets of the OpenFSE workbench, for specialty UI bundles and tests. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.openfse.ui.api;
