package org.openfse.store.derby.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Stand-ins for objects of other aggregates: an EMF proxy of the right class whose URI is
 * {@code openfse:/<Class>/<id>} and whose {@code id} attribute is set, so that the reference can
 * be written back unchanged and resolved with {@code Transaction.resolve}.
 */
final class Proxies {

    static final String SCHEME = "openfse";

    private Proxies() {
    }

    static EObject create(ModelMapping mapping, EClass type, long id) {
        if (type.isAbstract()) {
            throw new IllegalArgumentException("cannot refer to an object of the abstract class " + type.getName());
        }
        EObject proxy = EcoreUtil.create(type);
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI(SCHEME + ":/" + type.getName() + "/" + id));
        proxy.eSet(mapping.idAttribute(), id);
        return proxy;
    }

    /** The id an object carries (0 when never stored). */
    static long idOf(ModelMapping mapping, EObject object) {
        return (Long) object.eGet(mapping.idAttribute(), false);
    }
}
