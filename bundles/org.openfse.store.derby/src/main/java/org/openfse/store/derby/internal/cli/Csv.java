package org.openfse.store.derby.internal.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheets write it (RFC 4180): fields separated by {@code ;} (French spreadsheets) or
 * {@code ,}, optionally quoted with {@code "}; a doubled quote inside quotes is one quote, and a
 * quoted field may hold separators and line breaks (a postal address on several lines). Lines
 * end with LF or CRLF; blank lines are skipped.
 */
final class Csv {

    /** One record and the line of the file it starts on (1-based). */
    record Row(int line, List<String> fields) {
    }

    /** Text that is not valid CSV, at a line and column (1-based). */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        final String reason;

        MalformedException(String reason, int line, int column) {
            super(reason + " at line " + line + ", column " + column);
            this.reason = reason;
            this.line = line;
            this.column = column;
        }
    }

    static final String UNCLOSED_QUOTE = "unclosed quote";
    static final String TEXT_AFTER_QUOTE = "text after a closing quote";
    static final String QUOTE_IN_FIELD = "quote inside an unquoted field";

    private Csv() {
    }

    /** The separator of a header line: {@code ;} when it has one, else {@code ,}. */
    static char separatorOf(String header) {
        return header.indexOf(';') >= 0 ? ';' : ',';
    }

    /** Every record of {@code text} (a leading byte order mark is ignored). */
    static List<Row> parse(String text, char separator) throws MalformedException {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int column = 1;
        int rowLine = 1;
        int i = 0;
        int n = s.length();
        boolean fieldStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (fieldStart && c == '"') {
                int openLine = line;
                int openColumn = column;
                i++;
                column++;
                while (true) {
                    if (i >= n) {
                        throw new MalformedException(UNCLOSED_QUOTE, openLine, openColumn);
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            column += 2;
                            continue;
                        }
                        i++;
                        column++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && s.charAt(i) != separator && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    throw new MalformedException(TEXT_AFTER_QUOTE, line, column);
                }
                fieldStart = false;
                continue;
            }
            if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
                i++;
                column++;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                column = 1;
                rowLine = line;
                fieldStart = true;
            } else if (c == '"') {
                throw new MalformedException(QUOTE_IN_FIELD, line, column);
            } else {
                field.append(c);
                fieldStart = false;
                i++;
                column++;
            }
        }
        if (!fieldStart || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!(blank && fields.size() == 1)) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }

    /** One record, fields quoted when they need it. */
    static String format(List<String> fields, char separator) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String value = fields.get(i) == null ? "" : fields.get(i);
            if (value.indexOf(separator) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }
}
