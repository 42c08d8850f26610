package org.openfse.store.derby.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.Money;
import org.openfse.core.Period;

/**
 * How the values of one EMF data type go to and come from SQL columns. Most types take one
 * column; a {@link Period} takes two ({@code _FROM}, {@code _TO}); {@link Money} is BIGINT cents.
 * Timestamps are written in UTC, so workstations in other time zones read the same instant.
 */
abstract class ValueType {

    private static final ThreadLocal<Calendar> UTC = ThreadLocal.withInitial(() -> Calendar.getInstance(TimeZone.getTimeZone("UTC")));

    /** Column name suffixes, one per column ({@code ""} for a plain column). */
    abstract List<String> suffixes();

    /** Writes {@code value} (maybe {@code null}) into parameters {@code index...}. */
    abstract void write(PreparedStatement st, int index, Object value) throws SQLException;

    /** Reads columns {@code index...}; {@code null} when SQL NULL. */
    abstract Object read(ResultSet rs, int index) throws SQLException;

    /** The value as JSON (for the audit trail); never called with {@code null}. */
    String json(Object value) {
        return Json.string(String.valueOf(value));
    }

    int width() {
        return suffixes().size();
    }

    /**
     * The type of an attribute.
     *
     * @param many whether the attribute is multi-valued (only lists of periods are supported)
     * @throws IllegalArgumentException for a type the store cannot write
     */
    static ValueType of(EDataType type, boolean many) {
        Class<?> c = type.getInstanceClass();
        if (many) {
            if (c == Period.class) {
                return PERIODS;
            }
            throw new IllegalArgumentException("multi-valued attributes of type " + type.getName() + " are not supported");
        }
        if (type instanceof EEnum eEnum) {
            return new EEnumType(eEnum);
        }
        if (c == null) {
            throw new IllegalArgumentException("data type " + type.getName() + " has no Java class");
        }
        if (c == String.class) {
            return STRING;
        }
        if (c == int.class || c == Integer.class) {
            return INT;
        }
        if (c == long.class || c == Long.class) {
            return LONG;
        }
        if (c == boolean.class || c == Boolean.class) {
            return BOOLEAN;
        }
        if (c == BigDecimal.class) {
            return DECIMAL;
        }
        if (c == LocalDate.class) {
            return DATE;
        }
        if (c == Instant.class) {
            return INSTANT;
        }
        if (c == Money.class) {
            return MONEY;
        }
        if (c == Period.class) {
            return PERIOD;
        }
        if (c == InvoiceNumber.class) {
            return INVOICE_NUMBER;
        }
        if (c.isEnum()) {
            return new JavaEnumType(c);
        }
        throw new IllegalArgumentException("data type " + type.getName() + " (" + c.getName() + ") is not supported");
    }

    private abstract static class Single extends ValueType {
        @Override
        List<String> suffixes() {
            return List.of("");
        }
    }

    static final ValueType STRING = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setString(i, (String) v);
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            return rs.getString(i);
        }
    };

    static final ValueType INT = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.INTEGER);
            } else {
                st.setInt(i, (Integer) v);
            }
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : v;
        }

        @Override
        String json(Object value) {
            return value.toString();
        }
    };

    static final ValueType LONG = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.BIGINT);
            } else {
                st.setLong(i, (Long) v);
            }
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            long v = rs.getLong(i);
            return rs.wasNull() ? null : v;
        }

        @Override
        String json(Object value) {
            return value.toString();
        }
    };

    static final ValueType BOOLEAN = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.BOOLEAN);
            } else {
                st.setBoolean(i, (Boolean) v);
            }
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            boolean v = rs.getBoolean(i);
            return rs.wasNull() ? null : v;
        }

        @Override
        String json(Object value) {
            return value.toString();
        }
    };

    static final ValueType DECIMAL = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setBigDecimal(i, (BigDecimal) v);
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            BigDecimal v = rs.getBigDecimal(i);
            return v == null ? null : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
        }

        @Override
        String json(Object value) {
            return Json.string(((BigDecimal) value).toPlainString());
        }
    };

    static final ValueType DATE = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setDate(i, v == null ? null : Date.valueOf((LocalDate) v));
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            Date v = rs.getDate(i);
            return v == null ? null : v.toLocalDate();
        }
    };

    static final ValueType INSTANT = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setTimestamp(i, v == null ? null : Timestamp.from((Instant) v), UTC.get());
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            Timestamp v = rs.getTimestamp(i, UTC.get());
            return v == null ? null : v.toInstant();
        }
    };

    static final ValueType MONEY = new ValueType() {
        @Override
        List<String> suffixes() {
            return List.of("_CENTS");
        }

        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.BIGINT);
            } else {
                st.setLong(i, ((Money) v).cents());
            }
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            long cents = rs.getLong(i);
            return rs.wasNull() ? null : Money.ofCents(cents);
        }

        @Override
        String json(Object value) {
            // the text form of Money ("415.00", "-0.05"), without going through BigDecimal
            long cents = ((Money) value).cents();
            long abs = Math.abs(cents);
            long units = abs / 100;
            long rest = abs % 100;
            return (cents < 0 ? "\"-" : "\"") + units + (rest < 10 ? ".0" : ".") + rest + "\"";
        }
    };

    static final ValueType INVOICE_NUMBER = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            if (v == null) {
                st.setNull(i, Types.INTEGER);
            } else {
                st.setInt(i, ((InvoiceNumber) v).value());
            }
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            int v = rs.getInt(i);
            return rs.wasNull() ? null : new InvoiceNumber(v);
        }
    };

    static final ValueType PERIOD = new ValueType() {
        @Override
        List<String> suffixes() {
            return List.of("_FROM", "_TO");
        }

        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            Period p = (Period) v;
            st.setDate(i, p == null ? null : Date.valueOf(p.from()));
            st.setDate(i + 1, p == null ? null : p.to().map(Date::valueOf).orElse(null));
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            Date from = rs.getDate(i);
            Date to = rs.getDate(i + 1);
            return from == null ? null : new Period(from.toLocalDate(), Optional.ofNullable(to).map(Date::toLocalDate));
        }

        @Override
        String json(Object value) {
            return Json.string(Periods.format(List.of((Period) value)));
        }
    };

    /** A list of periods in one text column: {@code from/to;from/to}, ISO dates, empty end when open. */
    static final ValueType PERIODS = new Single() {
        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            @SuppressWarnings("unchecked")
            Collection<Period> periods = (Collection<Period>) v;
            st.setString(i, periods == null || periods.isEmpty() ? null : Periods.format(periods));
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            String text = rs.getString(i);
            return text == null ? List.of() : Periods.parse(text);
        }

        @Override
        String json(Object value) {
            @SuppressWarnings("unchecked")
            Collection<Period> periods = (Collection<Period>) value;
            return Json.string(Periods.format(periods));
        }
    };

    /** An EMF enumeration, stored as the literal's name. */
    private static final class EEnumType extends Single {
        private final EEnum eEnum;

        EEnumType(EEnum eEnum) {
            this.eEnum = eEnum;
        }

        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setString(i, v == null ? null : ((Enumerator) v).getName());
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            String name = rs.getString(i);
            if (name == null) {
                return null;
            }
            EEnumLiteral literal = eEnum.getEEnumLiteral(name);
            if (literal == null) {
                throw new SQLException("unknown " + eEnum.getName() + " value '" + name + "' in the database");
            }
            return literal.getInstance();
        }

        @Override
        String json(Object value) {
            return Json.string(((Enumerator) value).getName());
        }
    }

    /** A Java enum of the core API, stored as its constant's name. */
    private static final class JavaEnumType extends Single {
        private final Class<?> type;

        JavaEnumType(Class<?> type) {
            this.type = type;
        }

        @Override
        void write(PreparedStatement st, int i, Object v) throws SQLException {
            st.setString(i, v == null ? null : ((Enum<?>) v).name());
        }

        @Override
        Object read(ResultSet rs, int i) throws SQLException {
            String name = rs.getString(i);
            if (name == null) {
                return null;
            }
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new SQLException("unknown " + type.getSimpleName() + " value '" + name + "' in the database");
        }

        @Override
        String json(Object value) {
            return Json.string(((Enum<?>) value).name());
        }
    }

    /** Text form of period lists. */
    static final class Periods {
        private Periods() {
        }

        static String format(Collection<Period> periods) {
            StringBuilder text = new StringBuilder();
            for (Period p : periods) {
                if (!text.isEmpty()) {
                    text.append(';');
                }
                text.append(p.from()).append('/').append(p.to().map(LocalDate::toString).orElse(""));
            }
            return text.toString();
        }

        static List<Period> parse(String text) {
            List<Period> periods = new ArrayList<>();
            for (String part : text.split(";")) {
                if (part.isBlank()) {
                    continue;
                }
                int slash = part.indexOf('/');
                if (slash < 0) {
                    throw new IllegalArgumentException("not a period: '" + part + "'");
                }
                LocalDate from = LocalDate.parse(part.substring(0, slash));
                String to = part.substring(slash + 1);
                periods.add(new Period(from, to.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(to))));
            }
            return periods;
        }
    }
}
