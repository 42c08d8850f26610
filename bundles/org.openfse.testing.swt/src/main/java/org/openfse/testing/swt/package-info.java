/**
 * SWT test helpers for OpenFSE and its extensions: find widgets by id, click, type, wait until a
 * condition holds with a timeout, take screenshots. No fixed sleeps.
 */
package org.openfse.testing.swt;
