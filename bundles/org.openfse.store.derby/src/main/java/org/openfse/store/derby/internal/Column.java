package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * One attribute of a table's object, in one or more columns. {@code via} is the single
 * containment through which a flattened value is reached ({@code Practitioner.cps} for
 * {@code CPS_SERIAL_NUMBER}), or {@code null} for the object's own attributes.
 */
final class Column {

    final EReference via;
    final EAttribute attribute;
    final ValueType type;
    final List<String> names;
    /** {@code "name":} as the audit JSON writes it ({@code "cps.serialNumber":} for a flattened value). */
    final String jsonKey;

    Column(EReference via, EAttribute attribute, ValueType type, String baseName) {
        this.via = via;
        this.attribute = Objects.requireNonNull(attribute, "attribute");
        this.type = Objects.requireNonNull(type, "type");
        List<String> n = new ArrayList<>();
        for (String suffix : type.suffixes()) {
            n.add(baseName + suffix);
        }
        this.names = List.copyOf(n);
        this.jsonKey = Json.string(via == null ? attribute.getName() : via.getName() + "." + attribute.getName()) + ":";
    }

    /** The object that holds the attribute: {@code object} itself or its flattened value (maybe null). */
    EObject holder(EObject object) {
        return via == null ? object : (EObject) object.eGet(via);
    }

    /** The value to write; {@code null} when the flattened holder is absent. */
    Object value(EObject object) {
        EObject holder = holder(object);
        return holder == null ? null : holder.eGet(attribute);
    }
}
