package org.openfse.billing.internal;

import java.lang.reflect.Proxy;
import org.openfse.core.store.Store;

/** A store for tests that must not touch one: every call fails the test. */
final class UnusedStore {

    private UnusedStore() {
    }

    static Store create() {
        return (Store) Proxy.newProxyInstance(UnusedStore.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("toString")) {
                        return "UnusedStore";
                    }
                    throw new AssertionError("the store was used: " + method.getName());
                });
    }
}
