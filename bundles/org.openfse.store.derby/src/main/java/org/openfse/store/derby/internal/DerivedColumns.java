package org.openfse.store.derby.internal;

import java.util.List;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The columns the store computes for searching: {@code SEARCH_NAME} of every person
 * (Insured, Beneficiary: last and first name as a {@link SearchKeys search key}), and the
 * patient folder's {@code SORT_NAME} (its insured person's key, else its first beneficiary's).
 */
final class DerivedColumns {

    static final String SEARCH_NAME = "SEARCH_NAME";
    static final String SORT_NAME = "SORT_NAME";

    private DerivedColumns() {
    }

    static void add(ModelMapping mapping) {
        for (TableMap table : mapping.tables().values()) {
            EStructuralFeature last = table.eClass.getEStructuralFeature("lastName");
            EStructuralFeature first = table.eClass.getEStructuralFeature("firstName");
            if (!table.root && last != null && first != null) {
                table.derived.add(new TableMap.Derived(SEARCH_NAME, o -> personKey(o)));
            }
            if (table.root && "Patient".equals(table.eClass.getName())) {
                table.derived.add(new TableMap.Derived(SORT_NAME, DerivedColumns::folderKey));
            }
        }
    }

    static String personKey(EObject person) {
        EClass c = person.eClass();
        return SearchKeys.name((String) person.eGet(c.getEStructuralFeature("lastName")),
                (String) person.eGet(c.getEStructuralFeature("firstName")));
    }

    private static String folderKey(EObject patient) {
        EStructuralFeature insured = patient.eClass().getEStructuralFeature("insured");
        if (insured instanceof EReference && patient.eGet(insured) instanceof EObject person) {
            String key = personKey(person);
            if (key != null) {
                return key;
            }
        }
        EStructuralFeature beneficiaries = patient.eClass().getEStructuralFeature("beneficiaries");
        if (beneficiaries != null && patient.eGet(beneficiaries) instanceof List<?> list) {
            for (Object b : list) {
                String key = personKey((EObject) b);
                if (key != null) {
                    return key;
                }
            }
        }
        return null;
    }
}
