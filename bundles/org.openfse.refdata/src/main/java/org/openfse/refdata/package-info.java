/**
 * Reference data: public nomenclature tables (SNDS schema snapshot) as versioned tables keyed by
 * effective dates, with their provenance and licence (MPL-2.0) kept next to the data. They label,
 * validate and decode codes; they never price acts.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.refdata;
