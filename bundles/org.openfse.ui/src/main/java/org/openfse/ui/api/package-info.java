/** Public ids and reusable widgets of the OpenFSE workbench, for specialty UI bundles and tests. */
package org.openfse.ui.api;
