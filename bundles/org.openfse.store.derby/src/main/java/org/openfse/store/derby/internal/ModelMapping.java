package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The tables of the EMF model, derived from the model by fixed rules (the migrations create the
 * same tables; {@link SchemaCheck} compares them at start):
 * <ul>
 * <li>every concrete subclass of {@code Aggregate} is a root table with {@code ID} and
 * {@code VERSION}; when another aggregate contains it (Practitioner.invoices), the container's id
 * is a column ({@code PRACTITIONER_ID}) and the container does not store it;</li>
 * <li>a contained subclass of {@code Entity} is a child table with {@code <PARENT>_ID} and, for a
 * list, {@code POSITION};</li>
 * <li>a single contained object that is not an {@code Entity} (CpsData) is flattened into its
 * owner's table, prefixed with the reference name ({@code CPS_SERIAL_NUMBER});</li>
 * <li>a single non-containment reference is {@code <NAME>_ID}; a list reference whose opposite is
 * a single reference is read from that column (Lot.invoices from INVOICE.LOT_ID); other list
 * references have a join table {@code <OWNER>_<TARGET>};</li>
 * <li>{@code Practice.auditEntries} is not stored with the practice: the audit trail is the
 * store's own table AUDIT_ENTRY ({@link org.openfse.core.store.Transaction#auditTrail}).</li>
 * </ul>
 */
final class ModelMapping {

    static final String ENTITY = "Entity";
    static final String AGGREGATE = "Aggregate";
    static final String ID = "id";
    static final String VERSION = "version";

    /** Containments the store does not follow: {@code Class.feature}. */
    private static final Set<String> NOT_STORED = Set.of("Practice.auditEntries");

    private final EPackage ePackage;
    private final EClass entity;
    private final EClass aggregate;
    private final EAttribute idAttribute;
    private final EAttribute versionAttribute;
    private final Map<EClass, TableMap> roots = new LinkedHashMap<>();
    private final Map<EClass, TableMap> tables = new LinkedHashMap<>();
    private final Map<Class<?>, EClass> byJavaType = new LinkedHashMap<>();

    private ModelMapping(EPackage ePackage) {
        this.ePackage = ePackage;
        this.entity = eClass(ePackage, ENTITY);
        this.aggregate = eClass(ePackage, AGGREGATE);
        this.idAttribute = (EAttribute) entity.getEStructuralFeature(ID);
        this.versionAttribute = (EAttribute) aggregate.getEStructuralFeature(VERSION);
        if (idAttribute == null || versionAttribute == null) {
            throw new IllegalArgumentException("the model needs Entity.id and Aggregate.version");
        }
    }

    private static EClass eClass(EPackage ePackage, String name) {
        EClassifier classifier = ePackage.getEClassifier(name);
        if (!(classifier instanceof EClass c)) {
            throw new IllegalArgumentException("the model " + ePackage.getNsURI() + " has no class " + name);
        }
        return c;
    }

    /**
     * Derives the tables of a model.
     *
     * @throws IllegalArgumentException when the model uses something the rules do not cover
     */
    static ModelMapping of(EPackage ePackage) {
        ModelMapping mapping = new ModelMapping(ePackage);
        mapping.build();
        return mapping;
    }

    private void build() {
        for (EClassifier classifier : ePackage.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && aggregate.isSuperTypeOf(c)) {
                TableMap root = new TableMap(c, Names.snake(c.getName()), null, null);
                roots.put(c, root);
                tables.put(c, root);
                if (c.getInstanceClass() != null) {
                    byJavaType.put(c.getInstanceClass(), c);
                }
            }
        }
        for (TableMap root : roots.values()) {
            for (EReference r : root.eClass.getEAllReferences()) {
                if (r.isContainment() && roots.containsKey(r.getEReferenceType())) {
                    TableMap contained = roots.get(r.getEReferenceType());
                    if (contained.container != null) {
                        throw new IllegalArgumentException(contained.eClass.getName() + " is contained by two aggregates");
                    }
                    contained.container = r;
                    contained.containerColumn = root.table + "_ID";
                }
            }
        }
        for (TableMap root : roots.values()) {
            fill(root, root.eClass, null, "");
        }
        for (TableMap table : List.copyOf(tables.values())) {
            resolveInverses(table);
        }
        DerivedColumns.add(this);
    }

    private void fill(TableMap table, EClass eClass, EReference via, String prefix) {
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
                continue;
            }
            if (via == null && (feature == idAttribute || feature == versionAttribute)) {
                continue;
            }
            String key = feature.getEContainingClass().getName() + "." + feature.getName();
            if (feature instanceof EAttribute attribute) {
                ValueType type;
                try {
                    type = ValueType.of(attribute.getEAttributeType(), attribute.isMany());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
                }
                table.columns.add(new Column(via, attribute, type, prefix + Names.column(eClass.getName(), attribute.getName())));
                continue;
            }
            EReference reference = (EReference) feature;
            EClass type = reference.getEReferenceType();
            if (reference.isContainer() || NOT_STORED.contains(key)) {
                continue;
            }
            if (reference.isContainment()) {
                if (aggregate.isSuperTypeOf(type)) {
                    continue;
                }
                if (via != null) {
                    throw new IllegalArgumentException(key + ": a flattened value cannot contain objects");
                }
                if (entity.isSuperTypeOf(type)) {
                    child(table, reference);
                } else if (!reference.isMany()) {
                    fill(table, type, reference, prefix + Names.snake(reference.getName()) + "_");
                } else {
                    throw new IllegalArgumentException(key + ": a list of " + type.getName() + " needs Entity as super type");
                }
            } else if (!reference.isMany()) {
                table.refs.add(new RefColumn(via, reference, prefix + Names.snake(reference.getName()) + "_ID"));
            } else if (via != null) {
                throw new IllegalArgumentException(key + ": a flattened value cannot hold a list reference");
            } else if (reference.getEOpposite() == null || reference.getEOpposite().isMany()) {
                String owner = Names.snake(table.eClass.getName());
                String target = Names.snake(type.getName());
                table.joins.add(new TableMap.Join(reference, owner + "_" + target, owner + "_ID", target + "_ID"));
            } else {
                // read from the opposite side's column, resolved once every table is known
                table.inverses.add(new TableMap.Inverse(reference, null, null));
            }
        }
    }

    private void child(TableMap parent, EReference containment) {
        EClass type = containment.getEReferenceType();
        if (tables.containsKey(type)) {
            throw new IllegalArgumentException(type.getName() + " is contained in two places");
        }
        TableMap child = new TableMap(type, Names.snake(type.getName()), parent, containment);
        tables.put(type, child);
        parent.children.add(child);
        fill(child, type, null, "");
    }

    private void resolveInverses(TableMap table) {
        List<TableMap.Inverse> resolved = new ArrayList<>();
        for (TableMap.Inverse inverse : table.inverses) {
            EReference opposite = inverse.reference().getEOpposite();
            TableMap source = tables.get(opposite.getEContainingClass());
            RefColumn column = source == null ? null
                    : source.refs.stream().filter(r -> r.reference == opposite && r.via == null).findFirst().orElse(null);
            if (column == null) {
                throw new IllegalArgumentException(table.eClass.getName() + "." + inverse.reference().getName()
                        + ": its opposite " + opposite.getName() + " is not a stored reference");
            }
            resolved.add(new TableMap.Inverse(inverse.reference(), source, column.name));
        }
        table.inverses.clear();
        table.inverses.addAll(resolved);
    }

    EPackage ePackage() {
        return ePackage;
    }

    EAttribute idAttribute() {
        return idAttribute;
    }

    EAttribute versionAttribute() {
        return versionAttribute;
    }

    boolean isAggregate(EClass eClass) {
        return roots.containsKey(eClass);
    }

    boolean isEntity(EObject object) {
        return entity.isInstance(object);
    }

    /** The root tables, one per aggregate type. */
    Map<EClass, TableMap> roots() {
        return Collections.unmodifiableMap(roots);
    }

    /** Every table, roots and children. */
    Map<EClass, TableMap> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The table of a stored class (root or child), or {@code null}. */
    TableMap table(EClass eClass) {
        return tables.get(eClass);
    }

    /** The aggregate class of a Java interface of the generated model, or {@code null}. */
    EClass aggregateOf(Class<?> type) {
        return byJavaType.get(type);
    }

    Set<Class<?>> aggregateTypes() {
        return Collections.unmodifiableSet(byJavaType.keySet());
    }

    /** The join tables, for the schema check. */
    List<TableMap.Join> joins() {
        return tables.values().stream().flatMap(t -> t.joins.stream()).toList();
    }
}
