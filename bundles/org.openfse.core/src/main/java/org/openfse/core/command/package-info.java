/** Commands of the headless application. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.core.command;
