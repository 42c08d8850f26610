/**
 * Validation of model objects and of values typed by the user, in plain Java, with French
 * messages for the user and English log lines ({@link org.openfse.model.validation.Problem}).
 * Entry points: {@link org.openfse.model.validation.ModelValidator},
 * {@link org.openfse.model.validation.NirValidator}, {@link org.openfse.model.validation.BirthDateValidator},
 * {@link org.openfse.model.validation.DateText}, {@link org.openfse.model.validation.AmountText}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.openfse.model.validation;
