package org.openfse.tariff.cli.internal.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfse.tariff.cli.internal.json.JsonException.Problem;

/**
 * A strict JSON reader (RFC 8259): one value, optionally surrounded by white space, nothing
 * else. Values become plain Java objects:
 * <ul>
 * <li>object: an unmodifiable {@code Map<String, Object>} in document order; a repeated member
 * name is an error;</li>
 * <li>array: an unmodifiable {@code List<Object>};</li>
 * <li>string: {@code String}; control characters must be escaped, escapes must be valid, and
 * surrogates must come in pairs;</li>
 * <li>number: {@code BigDecimal}, exactly as written (never a {@code double});</li>
 * <li>{@code true}/{@code false}: {@code Boolean}; {@code null}: {@link JsonNull#NULL}.</li>
 * </ul>
 * Nesting is limited to {@value #MAX_DEPTH} levels. Not thread-safe; one instance per text.
 */
public final class JsonReader {

    /** Deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private final int length;
    private int position;
    private int depth;

    private JsonReader(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Reads the single JSON value of {@code text}.
     *
     * @throws JsonException naming the problem and where it is
     */
    public static Object read(String text) throws JsonException {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.position < reader.length) {
            throw reader.error(Problem.TRAILING_CONTENT, "");
        }
        return value;
    }

    private Object value() throws JsonException {
        if (position >= length) {
            throw error(Problem.UNEXPECTED_END, "a value was expected");
        }
        char c = text.charAt(position);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", JsonNull.NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error(Problem.UNEXPECTED_CHARACTER, "a value was expected");
        }
    }

    private Map<String, Object> object() throws JsonException {
        enter();
        position++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            position++;
            depth--;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw position >= length ? error(Problem.UNEXPECTED_END, "a member name was expected")
                        : error(Problem.UNEXPECTED_CHARACTER, "a member name was expected");
            }
            int nameStart = position;
            String name = string();
            skipSpace();
            expect(':', "':' was expected");
            skipSpace();
            Object value = value();
            if (members.putIfAbsent(name, value) != null) {
                position = nameStart;
                throw error(Problem.DUPLICATE_KEY, "\"" + name + "\"");
            }
            skipSpace();
            char next = peek();
            position++;
            if (next == '}') {
                depth--;
                return Collections.unmodifiableMap(members);
            }
            if (next != ',') {
                position--;
                throw position >= length ? error(Problem.UNEXPECTED_END, "',' or '}' was expected")
                        : error(Problem.UNEXPECTED_CHARACTER, "',' or '}' was expected");
            }
        }
    }

    private List<Object> array() throws JsonException {
        enter();
        position++;
        List<Object> items = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            position++;
            depth--;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            skipSpace();
            items.add(value());
            skipSpace();
            char next = peek();
            position++;
            if (next == ']') {
                depth--;
                return Collections.unmodifiableList(items);
            }
            if (next != ',') {
                position--;
                throw position >= length ? error(Problem.UNEXPECTED_END, "',' or ']' was expected")
                        : error(Problem.UNEXPECTED_CHARACTER, "',' or ']' was expected");
            }
        }
    }

    private String string() throws JsonException {
        position++;
        int start = position;
        while (position < length) {
            char c = text.charAt(position);
            if (c == '"') {
                return text.substring(start, position++);
            }
            if (c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                break;
            }
            position++;
        }
        StringBuilder value = new StringBuilder(text.substring(start, position));
        while (position < length) {
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return value.toString();
            }
            if (c < 0x20) {
                throw error(Problem.BAD_STRING, "control character U+" + hex(c) + " must be escaped");
            }
            if (c == '\\') {
                position++;
                if (position >= length) {
                    break;
                }
                char escaped = text.charAt(position);
                switch (escaped) {
                    case '"', '\\', '/' -> value.append(escaped);
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        char unit = unicodeEscape();
                        if (Character.isHighSurrogate(unit)) {
                            if (position + 2 >= length || text.charAt(position + 1) != '\\' || text.charAt(position + 2) != 'u') {
                                throw error(Problem.BAD_STRING, "a high surrogate must be followed by a low surrogate");
                            }
                            position += 2;
                            char low = unicodeEscape();
                            if (!Character.isLowSurrogate(low)) {
                                throw error(Problem.BAD_STRING, "a high surrogate must be followed by a low surrogate");
                            }
                            value.append(unit).append(low);
                        } else if (Character.isLowSurrogate(unit)) {
                            throw error(Problem.BAD_STRING, "lone low surrogate");
                        } else {
                            value.append(unit);
                        }
                    }
                    default -> throw error(Problem.BAD_STRING, "unknown escape \\" + escaped);
                }
                position++;
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (position + 1 >= length || !Character.isLowSurrogate(text.charAt(position + 1))) {
                    throw error(Problem.BAD_STRING, "lone high surrogate");
                }
                value.append(c).append(text.charAt(position + 1));
                position += 2;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                throw error(Problem.BAD_STRING, "lone low surrogate");
            }
            value.append(c);
            position++;
        }
        throw error(Problem.UNEXPECTED_END, "the string is not closed");
    }

    /** Reads the four hex digits after {@code \}{@code u}, leaving the position on the last one. */
    private char unicodeEscape() throws JsonException {
        int unit = 0;
        for (int i = 1; i <= 4; i++) {
            if (position + i >= length) {
                position = length;
                throw error(Problem.UNEXPECTED_END, "four hex digits were expected");
            }
            int digit = hexDigit(text.charAt(position + i));
            if (digit < 0) {
                position += i;
                throw error(Problem.BAD_STRING, "four hex digits were expected");
            }
            unit = unit * 16 + digit;
        }
        position += 4;
        return (char) unit;
    }

    private BigDecimal number() throws JsonException {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        if (peek() == '0') {
            position++;
            if (isDigit(peek())) {
                throw error(Problem.BAD_NUMBER, "no leading zero");
            }
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                position++;
            }
        } else {
            throw error(Problem.BAD_NUMBER, "a digit was expected");
        }
        if (peek() == '.') {
            position++;
            if (!isDigit(peek())) {
                throw error(Problem.BAD_NUMBER, "a digit was expected after '.'");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            if (!isDigit(peek())) {
                throw error(Problem.BAD_NUMBER, "a digit was expected in the exponent");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        try {
            return new BigDecimal(text.substring(start, position));
        } catch (NumberFormatException | ArithmeticException e) {
            position = start;
            throw error(Problem.BAD_NUMBER, "out of range");
        }
    }

    private Object literal(String word, Object value) throws JsonException {
        if (!text.startsWith(word, position)) {
            throw error(Problem.UNEXPECTED_CHARACTER, "'" + word + "' was expected");
        }
        position += word.length();
        return value;
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw error(Problem.TOO_DEEP, "more than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char wanted, String detail) throws JsonException {
        if (position >= length) {
            throw error(Problem.UNEXPECTED_END, detail);
        }
        if (text.charAt(position) != wanted) {
            throw error(Problem.UNEXPECTED_CHARACTER, detail);
        }
        position++;
    }

    private char peek() {
        return position < length ? text.charAt(position) : '\0';
    }

    private void skipSpace() {
        while (position < length) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    /** The value of an ASCII hex digit, -1 for anything else (Character.digit would take other scripts' digits). */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    private JsonException error(Problem problem, String detail) {
        int line = 1;
        int column = 1;
        int end = Math.min(position, length);
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        String found = end < length ? new String(Character.toChars(text.codePointAt(end))) : "";
        return new JsonException(problem, line, column, found, detail);
    }
}
