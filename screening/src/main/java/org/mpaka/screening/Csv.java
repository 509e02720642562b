package org.mpaka.screening;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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
     * @param error null, or why the record is malformed (a quote out of place, with the field's
     *     number)
     */
    public record Row(long line, List<String> fields, String error) {}

    /**
     * Reads every record; blank lines are skipped. Only I/O errors throw. A record is malformed (its
     * {@link Row#error} says where) when a quoted field is not closed or when text follows a
     * field's closing quote (spaces aside): the field is then kept as read, up to the end of the
     * record, and the importers reject the record rather than take a name cut or joined at a stray
     * quote. A quoted field whose closing quote is missing runs on into the next lines until a quote
     * closes it, or to the end of the file: the error then names the lines read into it. Spaces
     * before a field's opening quote are dropped; a quote inside a field that does not start with
     * one is data (Joaquin "El Chapo" Guzman).
     */
    public static List<Row> read(Reader in) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long line = 1;
        long start = 1;
        long quoteLine = 0;
        String error = null;
        boolean started = false;
        boolean spaced = false; // spaces read after a closing quote
        int state = FIELD_START;
        int c = in.read();
        if (c == BYTE_ORDER_MARK) {
            c = in.read();
        }
        for (; c != -1; c = in.read()) {
            if (state == QUOTED) {
                if (c == '"') {
                    state = AFTER_QUOTE;
                    spaced = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (state == AFTER_QUOTE && c == '"' && !spaced) {
                field.append('"'); // a doubled quote inside a quoted field
                state = QUOTED;
                continue;
            }
            switch (c) {
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    state = FIELD_START;
                    started = true;
                }
                case '\r' -> {
                    // the CR of CRLF (and any other outside quotes) is no data
                }
                case '\n' -> {
                    if (started || !fields.isEmpty() || !field.isEmpty()) {
                        fields.add(field.toString());
                        rows.add(new Row(start, List.copyOf(fields), error));
                    }
                    fields.clear();
                    field.setLength(0);
                    error = null;
                    started = false;
                    state = FIELD_START;
                    line++;
                    start = line;
                }
                case '"' -> {
                    if (state == AFTER_QUOTE) {
                        // a quote after a closing quote and spaces: "Bob" "Jones"
                        if (error == null) {
                            error = afterQuote(fields.size() + 1, quoteLine, line, '"');
                        }
                        field.append('"');
                        state = UNQUOTED;
                    } else if (state == FIELD_START
                            || state == UNQUOTED && field.toString().isBlank()) {
                        // a field that starts with a quote, spaces before it aside ("a, "b, c"")
                        field.setLength(0);
                        state = QUOTED;
                        quoteLine = line;
                        started = true;
                    } else {
                        // a quote inside a field that does not start with one is data (Joaquin
                        // "El Chapo" Guzman); after a closing quote it is a doubled one, read above
                        field.append('"');
                        state = UNQUOTED;
                    }
                }
                default -> {
                    if (state == AFTER_QUOTE && (c == ' ' || c == '\t')) {
                        spaced = true;
                        continue; // spaces after a closing quote
                    }
                    if (state == AFTER_QUOTE && error == null) {
                        error = afterQuote(fields.size() + 1, quoteLine, line, (char) c);
                    }
                    field.append((char) c);
                    state = UNQUOTED;
                    started = true;
                }
            }
        }
        if (state == QUOTED) {
            // the file's last line: a final line feed ends it, it does not start another
            long lastLine = !field.isEmpty() && field.charAt(field.length() - 1) == '\n' ? line - 1 : line;
            fields.add(field.toString());
            rows.add(new Row(
                    start,
                    List.copyOf(fields),
                    "unterminated quoted field " + fields.size()
                            + (quoteLine != lastLine
                                    ? ": its quote on line " + quoteLine + " has no pair, and "
                                            + (lastLine == quoteLine + 1
                                                    ? "line " + lastLine + " was"
                                                    : "lines " + (quoteLine + 1) + " to " + lastLine + " were")
                                            + " read into it"
                                    : "")));
        } else if (started || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields), error));
        }
        // the end-of-file mark: the last records when they hold nothing but Ctrl-Z and blanks (one
        // with records after it is data, which the importers reject with its line)
        while (!rows.isEmpty() && endOfFileMark(rows.get(rows.size() - 1))) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    // where the reader is in a field
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int AFTER_QUOTE = 3;

    private static String afterQuote(int fieldNumber, long quoteLine, long line, char c) {
        String shown = c == '"' ? "a quote" : c > ' ' && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
        String text = "text (" + shown + ") after the closing quote of field " + fieldNumber;
        return quoteLine == line
                ? text
                : text + ", quoted from line " + quoteLine + " to line " + line
                        + " (a quote missing its pair joins the lines between)";
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

    /**
     * Why a record of a list whose records have {@code fields} fields cannot be taken as read: its
     * own error ({@link Row#error}), a line break in a field {@code checked} takes ({@link
     * #lineBreakInField}), or another number of fields; null when none.
     */
    public static String problem(Row r, int fields, IntPredicate checked) {
        if (r.error() != null) {
            return r.error();
        }
        String runOn = lineBreakInField(r, checked);
        if (runOn != null) {
            return runOn;
        }
        return r.fields().size() == fields
                ? null
                : "expected " + fields + " fields, found " + r.fields().size();
    }

    /** As {@link #problem(Row, int, IntPredicate)}, every field checked for a line break. */
    public static String problem(Row r, int fields) {
        return problem(r, fields, field -> true);
    }

    /**
     * Why a record whose fields hold no line break as data (a list's names, ids and dates) cannot
     * be taken as read: a quoted field, among those (numbered from 0) that {@code checked} takes,
     * that runs over several lines, which is how a quote missing its pair joins the records below it
     * when another quote closes it (a column a list does not read may hold notes on several lines);
     * null when none does.
     */
    private static String lineBreakInField(Row r, IntPredicate checked) {
        long line = r.line();
        for (int i = 0; i < r.fields().size(); i++) {
            String f = r.fields().get(i);
            int breaks = 0;
            for (int k = f.indexOf('\n'); k >= 0; k = f.indexOf('\n', k + 1)) {
                breaks++;
            }
            if (breaks > 0 && checked.test(i)) {
                return "field " + (i + 1) + " runs over lines " + line + " to " + (line + breaks)
                        + " (a quote missing its pair joins the records between)";
            }
            line += breaks; // the next field starts on the line this one ends on
        }
        return null;
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
