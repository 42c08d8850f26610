package org.openfse.store.derby.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements for JDBC, which runs one statement at a time.
 * Statements end with {@code ;}. Semicolons inside quotes ({@code '...'}, {@code "..."}) and
 * comments ({@code -- ...}, {@code /* ... *}{@code /}) do not split; comments are dropped.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        int i = 0;
        while (i < n) {
            char c = script.charAt(i);
            char next = i + 1 < n ? script.charAt(i + 1) : '\0';
            if (c == '-' && next == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated /* comment");
                }
                current.append(' ');
                i = end + 2;
            } else if (c == '\'' || c == '"') {
                int end = closingQuote(script, i, c);
                current.append(script, i, end + 1);
                i = end + 1;
            } else if (c == ';') {
                add(result, current);
                i++;
            } else {
                current.append(c);
                i++;
            }
        }
        add(result, current);
        return List.copyOf(result);
    }

    /** Index of the quote that closes the one at {@code open}; a doubled quote is an escaped one. */
    private static int closingQuote(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " quote");
    }

    private static void add(List<String> result, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            result.add(statement);
        }
        current.setLength(0);
    }
}
