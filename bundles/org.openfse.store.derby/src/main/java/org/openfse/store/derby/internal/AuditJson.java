package org.openfse.store.derby.internal;

import java.util.Collection;
import java.util.List;
import org.eclipse.emf.ecore.EObject;

/**
 * The state of an aggregate as one line of JSON for the audit trail: attributes by feature name
 * (a flattened value's as {@code cps.serialNumber}), references to other aggregates as their ids,
 * contained entities nested. Absent values are left out.
 */
final class AuditJson {

    private AuditJson() {
    }

    static String of(ModelMapping mapping, TableMap table, EObject object) {
        StringBuilder out = new StringBuilder(512);
        write(mapping, table, object, out);
        return out.toString();
    }

    private static void write(ModelMapping mapping, TableMap table, EObject object, StringBuilder out) {
        out.append('{');
        Fields fields = new Fields(out);
        fields.raw("id", String.valueOf(Proxies.idOf(mapping, object)));
        if (table.root) {
            fields.raw("version", String.valueOf(object.eGet(mapping.versionAttribute())));
        }
        if (table.containerColumn != null && object.eContainer() != null && object.eContainmentFeature() == table.container) {
            String name = table.container.getEContainingClass().getName();
            fields.raw(Character.toLowerCase(name.charAt(0)) + name.substring(1), String.valueOf(Proxies.idOf(mapping, object.eContainer())));
        }
        for (Column column : table.columns) {
            Object value = column.value(object);
            if (value == null || value instanceof Collection<?> c && c.isEmpty()) {
                continue;
            }
            fields.key(column.jsonKey).append(column.type.json(value));
        }
        for (RefColumn ref : table.refs) {
            EObject holder = ref.via == null ? object : (EObject) object.eGet(ref.via);
            EObject target = holder == null ? null : (EObject) holder.eGet(ref.reference, false);
            if (target != null) {
                String name = ref.via == null ? ref.reference.getName() : ref.via.getName() + "." + ref.reference.getName();
                fields.raw(name, String.valueOf(Proxies.idOf(mapping, target)));
            }
        }
        for (TableMap.Join join : table.joins) {
            List<?> targets = (List<?>) object.eGet(join.reference(), false);
            if (!targets.isEmpty()) {
                StringBuilder ids = new StringBuilder("[");
                for (Object t : targets) {
                    if (ids.length() > 1) {
                        ids.append(',');
                    }
                    ids.append(Proxies.idOf(mapping, (EObject) t));
                }
                fields.raw(join.reference().getName(), ids.append(']').toString());
            }
        }
        for (TableMap child : table.children) {
            List<EObject> children = AggregateWriter.children(object, child);
            if (children.isEmpty()) {
                continue;
            }
            StringBuilder nested = new StringBuilder();
            if (child.containment.isMany()) {
                nested.append('[');
                for (int i = 0; i < children.size(); i++) {
                    if (i > 0) {
                        nested.append(',');
                    }
                    write(mapping, child, children.get(i), nested);
                }
                nested.append(']');
            } else {
                write(mapping, child, children.get(0), nested);
            }
            fields.raw(child.containment.getName(), nested.toString());
        }
        out.append('}');
    }

    private static final class Fields {
        private final StringBuilder out;
        private boolean first = true;

        Fields(StringBuilder out) {
            this.out = out;
        }

        void raw(String name, String json) {
            key(Json.string(name) + ":").append(json);
        }

        /** Starts a field whose key is already quoted and followed by {@code :}. */
        StringBuilder key(String quotedKey) {
            if (!first) {
                out.append(',');
            }
            first = false;
            return out.append(quotedKey);
        }
    }
}
