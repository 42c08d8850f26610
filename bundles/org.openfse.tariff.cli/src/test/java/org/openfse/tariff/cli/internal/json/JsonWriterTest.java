package org.openfse.tariff.cli.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesCompactJsonInTheMapsOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("code", "VU3");
        value.put("rate", 60);
        value.put("count", 3L);
        value.put("ok", true);
        value.put("none", JsonNull.NULL);
        value.put("missing", null);
        value.put("amount", new BigDecimal("1E+2"));
        value.put("list", List.of(1, "a"));
        value.put("empty", Map.of());

        assertEquals("{\"code\":\"VU3\",\"rate\":60,\"count\":3,\"ok\":true,\"none\":null,\"missing\":null,\"amount\":100,"
                + "\"list\":[1,\"a\"],\"empty\":{}}", JsonWriter.compact(value));
    }

    @Test
    void indentsByTwoSpaces() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", List.of(1, 2));
        value.put("b", Map.of("c", "d"));
        value.put("e", List.of());

        assertEquals("{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": \"d\"\n  },\n  \"e\": []\n}", JsonWriter.pretty(value));
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001é\"", JsonWriter.compact("a\"b\\c\n\r\t\b\f\u0001é"));
    }

    @Test
    void whatItWritesReadsBackTheSame() throws JsonException {
        List<Object> list = new ArrayList<>(Arrays.asList("x\u0000y", new BigDecimal("-0.05"), Boolean.FALSE, JsonNull.NULL));
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("k\"ey", list);
        value.put("nested", Map.of("deep", List.of(Map.of())));

        assertEquals(value, JsonReader.read(JsonWriter.compact(value)));
        assertEquals(value, JsonReader.read(JsonWriter.pretty(value)));
    }

    @Test
    void refusesOtherTypes() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(2.5d));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.compact(Map.of(1, "a")));
    }
}
