/**
 * B2 invoice files (reference/formats/B2.md): {@link org.openfse.b2.B2Writer} writes them as a
 * stream, {@link org.openfse.b2.B2Reader} reads them record by record, {@link org.openfse.b2.B2Checker}
 * checks their structure and totals, {@link org.openfse.b2.B2Files} reads a file back into the
 * writer's values. Errors carry French messages naming the record and the column.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.b2;
