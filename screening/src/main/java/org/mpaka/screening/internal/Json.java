package org.mpaka.screening.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON reader (RFC 8259) for one value per line: objects become {@code Map<String,
 * Object>}, arrays {@code List<Object>}, numbers {@code BigDecimal} (exactly as written: an id of
 * twenty digits stays those digits), plus String, Boolean and null. Nesting is limited to 64
 * levels. Throws only {@link Malformed}.
 */
public final class Json {

    private final String s;
    private int pos;
    private int depth;

    private Json(String s) {
        this.s = s;
    }

    /** Malformed JSON, with the character position. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message, int position) {
            super(message + " at character " + (position + 1));
        }
    }

    /** What a reader of JSON lines does with each line. */
    public interface Lines {
        /** Line {@code line} (from 1) held {@code value}. */
        void value(long line, Object value);

        /** Line {@code line} is not JSON. */
        void malformed(long line, Malformed error);
    }

    /**
     * Reads one JSON value per line, skipping blank lines, and hands each to {@code to}; returns
     * the number of lines that were not blank.
     */
    public static int readLines(BufferedReader in, Lines to) throws IOException {
        long line = 0;
        int records = 0;
        LfLines lines = new LfLines(in);
        for (String l = lines.next(); l != null; l = lines.next()) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            records++;
            Object v;
            try {
                v = parse(l);
            } catch (Malformed e) {
                to.malformed(line, e);
                continue;
            }
            to.value(line, v);
        }
        return records;
    }

    /**
     * The lines of a reader, each without its LF or CRLF. Unlike {@link BufferedReader#readLine}, a
     * CR alone ends no line: it is white space between JSON tokens. Reads blocks of characters, not
     * one at a time (a reader's {@code read()} takes a lock per character: five times slower on a
     * list of hundreds of megabytes).
     */
    private static final class LfLines {
        private final Reader in;
        private final char[] buffer = new char[8192];
        private int pos;
        private int end;

        LfLines(Reader in) {
            this.in = in;
        }

        /** The next line; null at the end of the input. */
        String next() throws IOException {
            StringBuilder line = null;
            while (true) {
                if (pos == end) {
                    int n = in.read(buffer, 0, buffer.length);
                    if (n < 0) {
                        return line == null ? null : withoutCr(line); // a last line without LF
                    }
                    pos = 0;
                    end = n;
                }
                int lf = pos;
                while (lf < end && buffer[lf] != '\n') {
                    lf++;
                }
                if (line == null) {
                    line = new StringBuilder(lf - pos + 16);
                }
                line.append(buffer, pos, lf - pos);
                if (lf < end) {
                    pos = lf + 1;
                    return withoutCr(line);
                }
                pos = end;
            }
        }

        private static String withoutCr(StringBuilder line) {
            int n = line.length();
            if (n > 0 && line.charAt(n - 1) == '\r') {
                line.setLength(n - 1);
            }
            return line.toString();
        }
    }

    /**
     * A number read as text: as its digits, without trailing zeros after the point, when it has 40
     * digits or fewer before or after it (an id written as a number: {@code 12345678901234567890},
     * {@code 1.5}), otherwise in scientific notation ({@code 1E+300}); never rounded.
     */
    public static String numberText(BigDecimal n) {
        BigDecimal plain = n.stripTrailingZeros();
        // digits before the point, in a long: a scale near Integer.MIN_VALUE would overflow an int
        long digits = (long) plain.precision() - plain.scale();
        if (digits <= 40 && digits >= -40) {
            return plain.scale() <= 0 ? plain.toBigIntegerExact().toString() : plain.toPlainString();
        }
        return plain.toString();
    }

    /** Parses one complete JSON value. */
    public static Object parse(String text) throws Malformed {
        Json j = new Json(text);
        j.ws();
        Object v = j.value();
        j.ws();
        if (j.pos != text.length()) {
            throw new Malformed("unexpected text after the value", j.pos);
        }
        return v;
    }

    private Object value() throws Malformed {
        if (pos >= s.length()) {
            throw new Malformed("unexpected end", pos);
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Object literal(String word, Object v) throws Malformed {
        if (!s.startsWith(word, pos)) {
            throw new Malformed("unexpected character '" + s.charAt(pos) + "'", pos);
        }
        pos += word.length();
        return v;
    }

    /** A number as RFC 8259 writes it: {@code -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?}. */
    private BigDecimal number() throws Malformed {
        int start = pos;
        if (pos < s.length() && s.charAt(pos) == '-') {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '0') {
            pos++;
            if (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                throw new Malformed("a number may not start with 0", start);
            }
        } else if (digits() == 0) {
            throw new Malformed(pos == start ? "not a value" : "a digit must follow '-'", pos);
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (digits() == 0) {
                throw new Malformed("a digit must follow the decimal point", pos);
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                throw new Malformed("a digit must follow the exponent", pos);
            }
        }
        try {
            return new BigDecimal(s.substring(start, pos));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Malformed("number out of range", start); // an exponent beyond an int
        }
    }

    private int digits() {
        int from = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos - from;
    }

    private Map<String, Object> object() throws Malformed {
        enter();
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        ws();
        if (peek() == '}') {
            pos++;
            depth--;
            return m;
        }
        while (true) {
            ws();
            if (peek() != '"') {
                throw new Malformed("expected a member name", pos);
            }
            int at = pos;
            String k = string();
            if (m.containsKey(k)) {
                throw new Malformed("member \"" + k + "\" given twice", at);
            }
            ws();
            expect(':');
            ws();
            m.put(k, value());
            ws();
            if (peek() == ',') {
                pos++;
            } else {
                expect('}');
                depth--;
                return m;
            }
        }
    }

    private List<Object> array() throws Malformed {
        enter();
        List<Object> l = new ArrayList<>();
        pos++;
        ws();
        if (peek() == ']') {
            pos++;
            depth--;
            return l;
        }
        while (true) {
            ws();
            l.add(value());
            ws();
            if (peek() == ',') {
                pos++;
            } else {
                expect(']');
                depth--;
                return l;
            }
        }
    }

    private String string() throws Malformed {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new Malformed("unterminated string", pos);
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new Malformed("control character in string", pos - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw new Malformed("unterminated escape", pos);
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw new Malformed("short \\u escape", pos);
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(s.charAt(pos + k), 16);
                        if (d < 0 || s.charAt(pos + k) > 'f') {
                            throw new Malformed("bad \\u escape", pos);
                        }
                        code = code * 16 + d;
                    }
                    sb.append((char) code);
                    pos += 4;
                }
                default -> throw new Malformed("bad escape \\" + e, pos - 1);
            }
        }
    }

    private void enter() throws Malformed {
        if (++depth > 64) {
            throw new Malformed("nested too deeply", pos);
        }
    }

    private char peek() throws Malformed {
        if (pos >= s.length()) {
            throw new Malformed("unexpected end", pos);
        }
        return s.charAt(pos);
    }

    private void expect(char c) throws Malformed {
        if (peek() != c) {
            throw new Malformed("expected '" + c + "'", pos);
        }
        pos++;
    }

    private void ws() {
        while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
    }
}
