package org.mpaka.screening;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV reader and writer (comma separator, double-quote quoting, quotes doubled
 * inside quoted fields, line breaks allowed inside quotes, CRLF or LF) used by the list importers
 * and the {@code mpaka names} commands. A byte-order mark that starts the text is not part of the
 * first field, and the last lines when they hold nothing but a Ctrl-Z (U+001A) and blanks are no
 * records, as DOS-era tools mark the end of a file so (OFAC's SDN files end so); anywhere else a
 * Ctrl-Z is data.
 */
public final class Csv {

    private Csv() {}

    /**
     * One record.
     *
     * @param line the 1-based line on which the record starts
     * @param fields the fields, unquoted
     * @param error null, or why the record is malformed (an unterminated quote)
     */
    public record Row(long line, List<String> fields, String error) {}

    /** Reads every record; blank lines are skipped. Only I/O errors throw. */
    public static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long start = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int c;
        boolean first = true;
        while ((c = in.read()) != -1) {
            if (first) {
                first = false;
                if (c == BYTE_ORDER_MARK) {
                    continue;
                }
            }
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        c = next;
                        // fall through to unquoted handling of next
                        if (handleUnquoted(c, field, fields, rows, start)) {
                            line++;
                            start = line;
                            fieldStarted = false;
                        } else if (c == '\n') {
                            line++;
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
                continue;
            }
            fieldStarted = fieldStarted || c != '\n' && c != '\r';
            if (handleUnquoted(c, field, fields, rows, start)) {
                line++;
                start = line;
                fieldStarted = false;
            }
        }
        if (quoted) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields), "unterminated quoted field"));
        } else if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields), null));
        }
        // the end-of-file mark: the last records when they hold nothing but Ctrl-Z and blanks (one
        // with records after it is data, which the importers reject with its line)
        while (!rows.isEmpty() && endOfFileMark(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static boolean endOfFileMark(Row r) {
        if (r.error() != null || r.fields().size() != 1) {
            return false;
        }
        String f = r.fields().get(0);
        return f.indexOf(END_OF_FILE) >= 0 && f.replace((char) END_OF_FILE, ' ').isBlank();
    }

    private static final int BYTE_ORDER_MARK = 0xFEFF;
    private static final int END_OF_FILE = 0x1A;

    /** Handles one character outside quotes; true when it ended a record (a line feed). */
    private static boolean handleUnquoted(int c, StringBuilder field, List<String> fields, List<Row> rows, long start) {
        if (c == ',') {
            fields.add(field.toString());
            field.setLength(0);
            return false;
        }
        if (c == '\r') {
            return false;
        }
        if (c == '\n') {
            if (!fields.isEmpty() || !field.isEmpty()) {
                fields.add(field.toString());
                rows.add(new Row(start, List.copyOf(fields), null));
            }
            fields.clear();
            field.setLength(0);
            return true;
        }
        field.append((char) c);
        return false;
    }

    /** The field quoted when it holds a comma, quote or line break. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** The fields joined into one CSV line (without line terminator). */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.toString();
    }
}
