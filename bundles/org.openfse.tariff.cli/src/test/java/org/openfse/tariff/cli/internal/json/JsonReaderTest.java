package org.openfse.tariff.cli.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfse.tariff.cli.internal.json.JsonException.Problem;

/** The reader follows RFC 8259 strictly; the cases below are its grammar (sections 2 to 7). */
class JsonReaderTest {

    @Test
    void readsEveryKindOfValue() throws JsonException {
        Object value = JsonReader.read(" {\"a\": [1, -2.50, 3e2, true, false, null, \"x\"], \"b\": {}, \"c\": []} ");

        Map<?, ?> object = assertInstanceOf(Map.class, value);
        assertEquals(List.of("a", "b", "c"), List.copyOf(object.keySet()));
        List<?> array = assertInstanceOf(List.class, object.get("a"));
        assertEquals(new BigDecimal("1"), array.get(0));
        assertEquals(new BigDecimal("-2.50"), array.get(1), "decimals are kept as written, never through double");
        assertEquals(0, new BigDecimal("300").compareTo((BigDecimal) array.get(2)));
        assertEquals(Boolean.TRUE, array.get(3));
        assertEquals(Boolean.FALSE, array.get(4));
        assertSame(JsonNull.NULL, array.get(5));
        assertEquals("x", array.get(6));
        assertEquals(Map.of(), object.get("b"));
        assertEquals(List.of(), object.get("c"));
    }

    @Test
    void readsEscapesAndUnicode() throws JsonException {
        assertEquals("\"\\/\b\f\n\r\t é €", JsonReader.read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t \\u00e9 \\u20AC\""));
        assertEquals("𝄞", JsonReader.read("\"\\ud834\\udd1e\""), "surrogate pair escaped");
        assertEquals("𝄞 Noël", JsonReader.read("\"𝄞 Noël\""), "characters outside ASCII as they are");
    }

    @Test
    void keepsTheOrderOfMembers() throws JsonException {
        Map<?, ?> object = (Map<?, ?>) JsonReader.read("{\"z\":1,\"a\":2,\"m\":3}");
        assertEquals(List.of("z", "a", "m"), List.copyOf(object.keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                 | UNEXPECTED_END       | 1 | 1",
        "'   '              | UNEXPECTED_END       | 1 | 4",
        "'{'                | UNEXPECTED_END       | 1 | 2",
        "'{\"a\":1'         | UNEXPECTED_END       | 1 | 7",
        "'[1,2'             | UNEXPECTED_END       | 1 | 5",
        "'\"abc'            | UNEXPECTED_END       | 1 | 5",
        "'{\"a\":1,}'       | UNEXPECTED_CHARACTER | 1 | 8",
        "'[1,]'             | UNEXPECTED_CHARACTER | 1 | 4",
        "'{a:1}'            | UNEXPECTED_CHARACTER | 1 | 2",
        "'{\"a\" 1}'        | UNEXPECTED_CHARACTER | 1 | 6",
        "'[1 2]'            | UNEXPECTED_CHARACTER | 1 | 4",
        "'tru'              | UNEXPECTED_CHARACTER | 1 | 1",
        "'nul'              | UNEXPECTED_CHARACTER | 1 | 1",
        "'''a'''            | UNEXPECTED_CHARACTER | 1 | 1",
        "'{} {}'            | TRAILING_CONTENT     | 1 | 4",
        "'1 2'              | TRAILING_CONTENT     | 1 | 3",
        "'01'               | BAD_NUMBER           | 1 | 2",
        "'-'                | BAD_NUMBER           | 1 | 2",
        "'1.'               | BAD_NUMBER           | 1 | 3",
        "'.5'               | UNEXPECTED_CHARACTER | 1 | 1",
        "'+1'               | UNEXPECTED_CHARACTER | 1 | 1",
        "'1e'               | BAD_NUMBER           | 1 | 3",
        "'1e99999999999'    | BAD_NUMBER           | 1 | 1",
        "'\"a\\x\"'         | BAD_STRING           | 1 | 4",
        "'\"\\u12\"'        | BAD_STRING           | 1 | 6",
        "'\"\\ud834\"'      | BAD_STRING           | 1 | 7",
        "'\"\\udd1e\"'      | BAD_STRING           | 1 | 7",
        "'{\"a\":1,\"a\":2}' | DUPLICATE_KEY       | 1 | 8",
    })
    void refusesWhatJsonDoesNotAllowSayingWhere(String text, Problem problem, int line, int column) {
        JsonException refused = assertThrows(JsonException.class, () -> JsonReader.read(text));

        assertEquals(problem, refused.problem(), refused.getMessage());
        assertEquals(line, refused.line(), refused.getMessage());
        assertEquals(column, refused.column(), refused.getMessage());
    }

    @Test
    void onlyAsciiHexDigitsInUnicodeEscapes() {
        assertEquals(Problem.BAD_STRING, assertThrows(JsonException.class, () -> JsonReader.read("\"\\u00\u0663\u0663\"")).problem(),
                "Arabic-Indic digits are not hex digits");
        assertEquals(Problem.UNEXPECTED_END, assertThrows(JsonException.class, () -> JsonReader.read("\"\\u00")).problem());
    }

    @Test
    void controlCharactersMustBeEscaped() {
        JsonException refused = assertThrows(JsonException.class, () -> JsonReader.read("\"a\tb\""));
        assertEquals(Problem.BAD_STRING, refused.problem());
        assertEquals(3, refused.column());
    }

    @Test
    void loneSurrogatesAreRefused() {
        assertEquals(Problem.BAD_STRING, assertThrows(JsonException.class, () -> JsonReader.read("\"\uD834\"")).problem());
        assertEquals(Problem.BAD_STRING, assertThrows(JsonException.class, () -> JsonReader.read("\"\uDD1E\"")).problem());
    }

    @Test
    void countsLinesAndColumns() {
        JsonException refused = assertThrows(JsonException.class, () -> JsonReader.read("{\n  \"a\": 1,\n  \"b\": ?\n}"));
        assertEquals(3, refused.line());
        assertEquals(8, refused.column());
    }

    @Test
    void limitsTheNesting() throws JsonException {
        String deepest = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
        assertInstanceOf(List.class, JsonReader.read(deepest));

        String tooDeep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);
        assertEquals(Problem.TOO_DEEP, assertThrows(JsonException.class, () -> JsonReader.read(tooDeep)).problem());
    }
}
