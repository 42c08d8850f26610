package org.openfse.core.sesam;

import java.util.List;
import org.openfse.core.tariff.Coverage;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The "Vérification du taux" and the forçages of seed 002, for dialogs and for billing. Provided by
 * the reference SESAM engine ({@code org.openfse.sesam.reference}); a certified engine may register
 * its own with a higher {@code service.ranking}.
 *
 * <p>Typical use: {@code prefill(context)} → dialog edits {@code check.toBuilder()} →
 * {@code validate(check, context)} until {@code valid()} → {@code coverage(check)} for the
 * {@code PricingRequest} → securing with {@code check.secureMode()}.
 *
 * @since 1.1
 */
@ProviderType
public interface RateCheckService {

    /** Every field of the dialog, in its order. */
    List<RateCheckField> fields();

    /** The French label of a field ("Pièce Justif. AMO", "Nature Assurance"...). */
    String label(RateCheckField field);

    /**
     * The French label of a choice shown by the dialog: a {@link Justification}, a
     * {@link org.openfse.core.tariff.InsuranceNature}, a {@link SecureMode} (long label of seed 002),
     * a {@link org.openfse.core.tariff.RenewalIndicator}, a
     * {@link org.openfse.core.rights.RightsStatus.State} ("Droits AMO ouverts"...), a
     * {@link ForcingKind} (short label of the "Sesam Vitale" screen), a {@link ForcingField}, an
     * {@link AmcAttestation.ReferenceDate} or an {@link org.openfse.core.rights.AdriMode}.
     *
     * @throws IllegalArgumentException for another enum
     */
    String label(Enum<?> choice);

    /** The French label of a boolean field's value: "OUI" / "NON". */
    String yesNo(boolean value);

    /** Whether the field is shown for this check (maternity date for maternité, AT fields for AT...). */
    boolean visible(RateCheckField field, RateCheck check);

    /** Whether the user may change the field (Droits AMO is read-only; seed 002: "valeurs grisées"). */
    boolean editable(RateCheckField field, RateCheck check);

    /** The check pre-filled from the folder, the cards and the rights (rules in the implementation's javadoc). */
    RateCheck prefill(RateCheckContext context);

    /** Checks every rule; French messages per field. */
    RateCheckValidation validate(RateCheck check, RateCheckContext context);

    /**
     * The AMO situation for pricing: nature, Alsace-Moselle, ALD, C2S and exemption after forcings, and
     * the forcings' {@link ForcingKind#coverageForcing()}.
     */
    Coverage coverage(RateCheck check);

    /** The forçages of the "SESAM-Vitale" button, in the screen's order. */
    List<ForcingKind> forcingKinds();

    /** The title of a forçage screen ("Forçage Maternité", "Forçage Service AMO", "Situation ETM"...). */
    String title(ForcingKind kind);

    /** The fields of a forçage screen, in the seed's order. */
    List<ForcingField> fields(ForcingKind kind);

    /** Whether this forçage is allowed on this check; the French reason when not. */
    ForcingDecision checkForcing(ForcingValue value, RateCheck check);

    /**
     * The check with the forçage applied (replacing one of the same kind).
     *
     * @throws ForcingRefusedException when {@link #checkForcing} refuses it
     */
    RateCheck applyForcing(RateCheck check, ForcingRecord forcing) throws ForcingRefusedException;

    /** The check without the forçage of this kind ("Supprimer le forçage"). */
    RateCheck removeForcing(RateCheck check, ForcingKind kind);
}
