package org.openfse.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsAndDropsBlankStatements() {
        assertEquals(List.of("CREATE TABLE A (ID INT)", "CREATE TABLE B (ID INT)"),
                SqlScript.statements("CREATE TABLE A (ID INT);\n\n  CREATE TABLE B (ID INT) ;\n;\n"));
    }

    @Test
    void aLastStatementWithoutSemicolonIsKept() {
        assertEquals(List.of("VALUES 1", "VALUES 2"), SqlScript.statements("VALUES 1; VALUES 2"));
    }

    @Test
    void semicolonsInQuotesDoNotSplit() {
        assertEquals(List.of("INSERT INTO S VALUES ('a;b', 'it''s; fine')", "SELECT \"odd;name\" FROM T"),
                SqlScript.statements("INSERT INTO S VALUES ('a;b', 'it''s; fine');SELECT \"odd;name\" FROM T;"));
    }

    @Test
    void commentsAreDroppedEvenWithSemicolons() {
        assertEquals(List.of("CREATE TABLE A (ID INT)", "DROP TABLE A"),
                SqlScript.statements("-- first; not a statement\nCREATE TABLE A (ID INT); /* a; b */\nDROP TABLE A; -- end;"));
    }

    @Test
    void unterminatedQuotesAndCommentsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("VALUES 'open"));
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("VALUES 1 /* open"));
    }
}
