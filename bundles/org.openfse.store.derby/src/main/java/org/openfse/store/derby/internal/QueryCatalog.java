package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.openfse.core.InvoiceNumber;
import org.openfse.store.derby.internal.Queries.Criteria;
import org.openfse.store.derby.internal.Queries.Parameter;
import org.openfse.store.derby.internal.Queries.SortKey;

/**
 * The {@link Queries} of every aggregate type. Every plain attribute of the root is a sort key
 * and a lookup key (by its feature name), and so is every reference to another aggregate (by id).
 * Some types add their own:
 * <ul>
 * <li>Patient: sort key {@code name} (the insured person's name, the default); lookup key
 * {@code nir} (13 or 15 characters, the insured person's or a beneficiary's); the search matches
 * the start of a last or first name (case and accents ignored) or, for digits, the start of a NIR;</li>
 * <li>Invoice: default order {@code number}; sort key {@code patient} (the beneficiary's name); the
 * search matches the number (digits) or the beneficiary's name;</li>
 * <li>other types sort by their first listed key by default, and search in their text
 * attributes (contains, case ignored).</li>
 * </ul>
 */
final class QueryCatalog {

    /** Default sort key per aggregate class; the others default to {@code id}. */
    private static final Map<String, String> DEFAULT_SORT = Map.of(
            "Practice", "name",
            "Practitioner", "lastName",
            "Patient", "name",
            "Invoice", "number",
            "Lot", "number",
            "Payment", "date",
            "ReturnFile", "receivedAt",
            "Concentrator", "name");

    private final Map<EClass, Queries> queries = new LinkedHashMap<>();

    QueryCatalog(ModelMapping mapping) {
        for (TableMap root : mapping.roots().values()) {
            queries.put(root.eClass, build(mapping, root));
        }
    }

    Queries of(TableMap root) {
        return queries.get(root.eClass);
    }

    private static Queries build(ModelMapping mapping, TableMap root) {
        String name = root.eClass.getName();
        LinkedHashMap<String, SortKey> sorts = new LinkedHashMap<>();
        LinkedHashMap<String, Function<Object, Criteria>> lookups = new LinkedHashMap<>();
        if (name.equals("Patient")) {
            sorts.put("name", new SortKey("T." + DerivedColumns.SORT_NAME, ""));
            lookups.put("nir", QueryCatalog::patientByNir);
        }
        if (name.equals("Invoice")) {
            sorts.put("patient", new SortKey("B.SEARCH_NAME", "LEFT JOIN BENEFICIARY B ON B.ID = T.BENEFICIARY_ID"));
        }
        sorts.put("id", new SortKey("T.ID", ""));
        List<String> texts = new ArrayList<>();
        for (Column column : root.columns) {
            if (column.via != null || column.attribute.isMany()) {
                continue;
            }
            String feature = column.attribute.getName();
            String sql = "T." + column.names.get(0);
            sorts.putIfAbsent(feature, new SortKey(sql, ""));
            if (column.names.size() == 1) {
                lookups.putIfAbsent(feature, value -> attributeEquals(column, sql, value));
            }
            if (column.type == ValueType.STRING) {
                texts.add(sql);
            }
        }
        for (RefColumn ref : root.refs) {
            if (ref.via == null) {
                lookups.putIfAbsent(ref.reference.getName(), value -> idEquals(mapping, "T." + ref.name, value));
            }
        }
        if (root.containerColumn != null) {
            String containerName = root.container.getEContainingClass().getName();
            String key = Character.toLowerCase(containerName.charAt(0)) + containerName.substring(1);
            lookups.putIfAbsent(key, value -> idEquals(mapping, "T." + root.containerColumn, value));
        }
        String defaultKey = DEFAULT_SORT.getOrDefault(name, "id");
        LinkedHashMap<String, SortKey> ordered = new LinkedHashMap<>();
        if (sorts.containsKey(defaultKey)) {
            ordered.put(defaultKey, sorts.get(defaultKey));
        }
        ordered.putAll(sorts);
        Function<String, Criteria> search = switch (name) {
            case "Patient" -> QueryCatalog::patientSearch;
            case "Invoice" -> QueryCatalog::invoiceSearch;
            default -> text -> textSearch(texts, text);
        };
        return new Queries(root, ordered, search, lookups);
    }

    private static Criteria attributeEquals(Column column, String sql, Object value) {
        Object converted = value;
        Class<?> type = column.attribute.getEAttributeType().getInstanceClass();
        if (type == InvoiceNumber.class && value instanceof Number n) {
            converted = new InvoiceNumber(n.intValue());
        } else if (value instanceof String s && type != null && type.isEnum()) {
            converted = enumConstant(type, s);
        } else if (value instanceof String s && column.attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
            org.eclipse.emf.ecore.EEnumLiteral literal = eEnum.getEEnumLiteral(s);
            if (literal == null) {
                throw new IllegalArgumentException("unknown " + eEnum.getName() + " value '" + s + "'");
            }
            converted = literal.getInstance();
        }
        if (converted == null) {
            return Criteria.of(sql + " IS NULL");
        }
        Object bound = converted;
        return Criteria.of(sql + " = ?", (st, i) -> column.type.write(st, i, bound));
    }

    private static Object enumConstant(Class<?> type, String name) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " value '" + name + "'");
    }

    private static Criteria idEquals(ModelMapping mapping, String sql, Object value) {
        long id = value instanceof EObject o ? Proxies.idOf(mapping, o) : ((Number) value).longValue();
        return Criteria.of(sql + " = ?", Parameter.number(id));
    }

    private static Criteria patientByNir(Object value) {
        String nir = String.valueOf(value).replace(" ", "").toUpperCase(Locale.ROOT);
        String body = nir.length() == 15 ? nir.substring(0, 13) : nir;
        return Criteria.of("(EXISTS (SELECT 1 FROM INSURED I WHERE I.PATIENT_ID = T.ID AND I.NIR = ?)"
                + " OR EXISTS (SELECT 1 FROM BENEFICIARY B WHERE B.PATIENT_ID = T.ID AND B.NIR = ?))",
                Parameter.text(body), Parameter.text(body));
    }

    /** Whether the text looks like the start of a NIR: digits, maybe 2A/2B, spaces. */
    static boolean looksLikeNir(String text) {
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        return !compact.isEmpty() && Character.isDigit(compact.charAt(0)) && compact.matches("[0-9AB]+");
    }

    private static Criteria patientSearch(String text) {
        if (looksLikeNir(text)) {
            String prefix = text.replace(" ", "").toUpperCase(Locale.ROOT);
            String body = prefix.length() > 13 ? prefix.substring(0, 13) : prefix;
            String like = body + "%";
            return Criteria.of("(EXISTS (SELECT 1 FROM INSURED I WHERE I.PATIENT_ID = T.ID AND I.NIR LIKE ?)"
                    + " OR EXISTS (SELECT 1 FROM BENEFICIARY B WHERE B.PATIENT_ID = T.ID AND B.NIR LIKE ?))",
                    Parameter.text(like), Parameter.text(like));
        }
        String start = SearchKeys.prefixPattern(text);
        String word = "% " + start;
        String match = "(%1$s LIKE ? ESCAPE '!' OR %1$s LIKE ? ESCAPE '!')";
        return Criteria.of("(" + String.format(match, "T.SORT_NAME")
                + " OR EXISTS (SELECT 1 FROM INSURED I WHERE I.PATIENT_ID = T.ID AND " + String.format(match, "I.SEARCH_NAME") + ")"
                + " OR EXISTS (SELECT 1 FROM BENEFICIARY B WHERE B.PATIENT_ID = T.ID AND " + String.format(match, "B.SEARCH_NAME") + "))",
                Parameter.text(start), Parameter.text(word), Parameter.text(start), Parameter.text(word),
                Parameter.text(start), Parameter.text(word));
    }

    private static Criteria invoiceSearch(String text) {
        String compact = text.replace(" ", "");
        if (compact.matches("\\d{1,9}")) {
            return Criteria.of("T.NUMBER = ?", Parameter.number(Long.parseLong(compact)));
        }
        String start = SearchKeys.prefixPattern(text);
        return Criteria.of("EXISTS (SELECT 1 FROM BENEFICIARY B2 WHERE B2.ID = T.BENEFICIARY_ID AND "
                + "(B2.SEARCH_NAME LIKE ? ESCAPE '!' OR B2.SEARCH_NAME LIKE ? ESCAPE '!'))",
                Parameter.text(start), Parameter.text("% " + start));
    }

    private static Criteria textSearch(List<String> columns, String text) {
        if (columns.isEmpty()) {
            return Criteria.of("1 = 0");
        }
        String like = "%" + SearchKeys.escape(text.strip().toUpperCase(Locale.ROOT)) + "%";
        List<String> parts = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        for (String column : columns) {
            parts.add("UPPER(" + column + ") LIKE ? ESCAPE '!'");
            parameters.add(Parameter.text(like));
        }
        return new Criteria("", "(" + String.join(" OR ", parts) + ")", parameters);
    }
}
