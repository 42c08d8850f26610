package org.openfse.tariff.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    @Test
    void splitsOnEveryLineEnd() throws IOException {
        LineReader reader = new LineReader(new StringReader("a\nb\r\nc\rd"), 10);

        assertEquals(new LineReader.Line(1, "a", false), reader.next());
        assertEquals(new LineReader.Line(2, "b", false), reader.next());
        assertEquals(new LineReader.Line(3, "c", false), reader.next());
        assertEquals(new LineReader.Line(4, "d", false), reader.next());
        assertNull(reader.next());
    }

    @Test
    void aFinalLineEndDoesNotMakeAnEmptyLine() throws IOException {
        LineReader reader = new LineReader(new StringReader("a\n\nb\n"), 10);

        assertEquals("a", reader.next().text());
        assertEquals(new LineReader.Line(2, "", false), reader.next());
        assertEquals("b", reader.next().text());
        assertNull(reader.next());
    }

    @Test
    void aLineAboveTheLimitIsSkippedAndFlagged() throws IOException {
        LineReader reader = new LineReader(new StringReader("12345\n123456\nok"), 5);

        assertEquals(new LineReader.Line(1, "12345", false), reader.next());
        assertEquals(new LineReader.Line(2, "", true), reader.next());
        assertEquals(new LineReader.Line(3, "ok", false), reader.next());
    }

    @Test
    void readsAcrossItsBuffer() throws IOException {
        String longLine = "x".repeat(200_000);
        LineReader reader = new LineReader(new StringReader(longLine + "\n" + longLine), 300_000);

        assertEquals(longLine, reader.next().text());
        assertEquals(longLine, reader.next().text());
        assertNull(reader.next());
    }
}
