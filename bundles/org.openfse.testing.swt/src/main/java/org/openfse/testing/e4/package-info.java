/** Starts the real OpenFSE e4 workbench inside an OSGi test runtime, for UI tests. */
package org.openfse.testing.e4;
