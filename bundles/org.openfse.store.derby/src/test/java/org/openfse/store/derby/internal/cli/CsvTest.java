package org.openfse.store.derby.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets write it (RFC 4180), with the line numbers the messages give. */
class CsvTest {

    @Test
    void fieldsMayBeQuotedHoldSeparatorsQuotesAndLineBreaks() throws Exception {
        String text = "\uFEFFnom;adresse\r\n\"Dupont; Jean\";\"3 rue \"\"des\"\" Lilas\n69003 Lyon\"\r\n\nMartin;\n";

        List<Csv.Row> rows = Csv.parse(text, ';');

        assertEquals(3, rows.size());
        assertEquals(new Csv.Row(1, List.of("nom", "adresse")), rows.get(0));
        assertEquals(new Csv.Row(2, List.of("Dupont; Jean", "3 rue \"des\" Lilas\n69003 Lyon")), rows.get(1));
        assertEquals(new Csv.Row(5, List.of("Martin", "")), rows.get(2), "the blank line 4 is skipped; lines count from the file");
    }

    @Test
    void commasWorkToo() throws Exception {
        assertEquals(',', Csv.separatorOf("nom,prenom"));
        assertEquals(';', Csv.separatorOf("nom;prenom,x"));
        assertEquals(List.of("a", "b, c"), Csv.parse("a,\"b, c\"", ',').get(0).fields());
    }

    @Test
    void malformedTextIsLocatedByLineAndColumn() {
        Csv.MalformedException unclosed = assertThrows(Csv.MalformedException.class, () -> Csv.parse("a;b\nc;\"d\ne;f\n", ';'));
        assertEquals(Csv.UNCLOSED_QUOTE, unclosed.reason);
        assertEquals(2, unclosed.line);
        assertEquals(3, unclosed.column);

        Csv.MalformedException inField = assertThrows(Csv.MalformedException.class, () -> Csv.parse("a;b\nc;d\"x\n", ';'));
        assertEquals(Csv.QUOTE_IN_FIELD, inField.reason);
        assertEquals(2, inField.line);
        assertEquals(4, inField.column);

        Csv.MalformedException after = assertThrows(Csv.MalformedException.class, () -> Csv.parse("\"a\"b;c", ';'));
        assertEquals(Csv.TEXT_AFTER_QUOTE, after.reason);
    }

    @Test
    void writingQuotesOnlyWhatNeedsIt() throws Exception {
        String line = Csv.format(List.of("Dupont", "a;b", "say \"hi\"", "two\nlines", ""), ';');
        assertEquals("Dupont;\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";", line);
        assertEquals(List.of("Dupont", "a;b", "say \"hi\"", "two\nlines", ""), Csv.parse(line, ';').get(0).fields());
    }
}
