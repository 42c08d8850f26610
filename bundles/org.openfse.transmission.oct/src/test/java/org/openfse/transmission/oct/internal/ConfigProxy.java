package org.openfse.transmission.oct.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * Builds an instance of a configuration annotation type the way Declarative Services does: a
 * given value, else the default declared in the annotation type, else null (0 / false for
 * primitives).
 */
final class ConfigProxy {

    private ConfigProxy() {
    }

    static <A> A of(Class<A> type, Map<String, Object> values) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            String name = method.getName();
            if (method.getParameterCount() == 0 && !name.equals("toString") && !name.equals("hashCode")
                    && !name.equals("annotationType")) {
                if (values.containsKey(name)) {
                    return values.get(name);
                }
                Object fallback = method.getDefaultValue();
                return fallback != null ? fallback : zero(method);
            }
            return switch (name) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + values.keySet();
                case "hashCode" -> System.identityHashCode(self);
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException(name);
            };
        });
        return type.cast(proxy);
    }

    private static Object zero(Method method) {
        Class<?> type = method.getReturnType();
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
