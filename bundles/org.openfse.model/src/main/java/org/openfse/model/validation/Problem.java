package org.openfse.model.validation;

import java.util.List;
import java.util.Objects;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.openfse.model.internal.Messages;

/**
 * One thing wrong with a value or a model object.
 *
 * <p>{@link #message()} is the French text for the user; {@link #logLine()} is the English line
 * for the log. Both are built from the stable {@link #code()} and its {@link #arguments()}: the
 * code is the key of the message in {@code org/openfse/model/internal/messages.properties}.
 *
 * @param severity whether the value is refused or only suspicious
 * @param code stable code, e.g. {@code nir.key}
 * @param arguments the values inserted in the message, already as text
 * @param object the model object concerned, or {@code null} for a plain value
 * @param feature the attribute or reference concerned, or {@code null}
 */
public record Problem(Severity severity, String code, List<String> arguments, EObject object,
        EStructuralFeature feature) {

    /** How bad a problem is. */
    public enum Severity {
        /** The value is refused: the object must not be stored or billed as it is. */
        ERROR,
        /** Suspicious; the user decides. */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
        if (!Messages.get().has(code)) {
            throw new IllegalArgumentException("no message for problem code " + code);
        }
    }

    /** An error about a plain value (no model object). */
    public static Problem error(String code, String... arguments) {
        return new Problem(Severity.ERROR, code, List.of(arguments), null, null);
    }

    /** An error about a feature of a model object. */
    public static Problem error(EObject object, EStructuralFeature feature, String code, String... arguments) {
        return new Problem(Severity.ERROR, code, List.of(arguments), object, feature);
    }

    /** A warning about a feature of a model object. */
    public static Problem warning(EObject object, EStructuralFeature feature, String code, String... arguments) {
        return new Problem(Severity.WARNING, code, List.of(arguments), object, feature);
    }

    /** The same problem, attached to a feature of a model object. */
    public Problem on(EObject target, EStructuralFeature targetFeature) {
        return new Problem(severity, code, arguments, target, targetFeature);
    }

    /** The French message for the user, e.g. {@code NIR invalide : la clé 47 ne correspond pas (clé attendue 46)}. */
    public String message() {
        return Messages.get().format(code, arguments.toArray());
    }

    /** An English line for the log: severity, code, arguments and where. */
    public String logLine() {
        StringBuilder line = new StringBuilder().append(severity).append(' ').append(code).append(' ').append(arguments);
        if (object != null) {
            line.append(" on ").append(object.eClass().getName());
            if (object.eResource() != null) {
                line.append(' ').append(EcoreUtil.getURI(object).fragment());
            }
            if (feature != null) {
                line.append('.').append(feature.getName());
            }
        }
        return line.toString();
    }

    @Override
    public String toString() {
        return logLine();
    }
}
