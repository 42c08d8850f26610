package org.openfse.tariff.cli.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with a length limit, so that one huge line
 * cannot exhaust memory: a longer line is skipped up to its end and reported as too long.
 */
final class LineReader {

    /** A line, or the fact that it was too long. */
    record Line(int number, String text, boolean tooLong) {
    }

    private final Reader reader;
    private final int limit;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;
    private int number;
    private boolean skipLineFeed;

    LineReader(Reader reader, int limit) {
        this.reader = reader;
        this.limit = limit;
    }

    /** The next line, or {@code null} at the end. */
    Line next() throws IOException {
        StringBuilder text = null;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position >= filled) {
                filled = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (!any) {
                        return null;
                    }
                    return line(text, tooLong);
                }
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            any = true;
            int end = position;
            while (end < filled && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            if (!tooLong) {
                int length = end - position;
                int kept = text == null ? 0 : text.length();
                if (kept + length > limit) {
                    tooLong = true;
                    text = null;
                } else if (end < filled && text == null) {
                    String whole = new String(buffer, position, length);
                    position = end + 1;
                    skipLineFeed = buffer[end] == '\r';
                    number++;
                    return new Line(number, whole, false);
                } else {
                    if (text == null) {
                        text = new StringBuilder(Math.max(256, length * 2));
                    }
                    text.append(buffer, position, length);
                }
            }
            if (end < filled) {
                skipLineFeed = buffer[end] == '\r';
                position = end + 1;
                return line(text, tooLong);
            }
            position = end;
        }
    }

    private Line line(StringBuilder text, boolean tooLong) {
        number++;
        return new Line(number, tooLong || text == null ? "" : text.toString(), tooLong);
    }
}
