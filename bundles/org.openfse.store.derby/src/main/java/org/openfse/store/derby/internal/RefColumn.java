package org.openfse.store.derby.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;

/**
 * A single reference to an object of another aggregate (or to another aggregate), stored as
 * its id in {@code name}. {@code via} as in {@link Column}.
 */
final class RefColumn {

    final EReference via;
    final EReference reference;
    final String name;

    RefColumn(EReference via, EReference reference, String name) {
        this.via = via;
        this.reference = reference;
        this.name = name;
    }

    EClass target() {
        return reference.getEReferenceType();
    }
}
