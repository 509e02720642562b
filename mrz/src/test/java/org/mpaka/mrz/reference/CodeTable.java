package org.mpaka.mrz.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ICAO code list ({@code icao-codes.tsv}) loaded once; membership is a bit lookup on the three
 * characters of the field (filler = 0, A-Z = 1-26) so the parser needs no string.
 */
public final class CodeTable {

    /** One row of the list. */
    public record Row(String code, String kind, String name) {}

    private static final Map<String, Row> ROWS;
    private static final boolean[] KNOWN = new boolean[27 * 27 * 27];

    static {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = CodeTable.class.getResourceAsStream("/org/mpaka/mrz/icao-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("icao-codes.tsv missing from the mrz jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", 3);
                Row row = new Row(cols[0], cols[1], cols[2]);
                rows.put(row.code(), row);
                KNOWN[index(row.code() + "<<", 0)] = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ROWS = Collections.unmodifiableMap(rows);
    }

    /** Strings of the known codes and of all 1-2 letter document codes, by index. */
    private static final String[] SHARED = new String[27 * 27 * 27];

    static {
        for (int i = 0; i < SHARED.length; i++) {
            int i0 = i / 729;
            int i1 = i / 27 % 27;
            int i2 = i % 27;
            boolean twoLetters = i2 == 0 && i0 > 0;
            if (KNOWN[i] || twoLetters) {
                StringBuilder sb = new StringBuilder(3);
                for (int k : new int[] {i0, i1, i2}) {
                    if (k > 0) {
                        sb.append((char) ('A' + k - 1));
                    }
                }
                // only codes written without inner fillers ("D<<", "PT", "P<")
                if (i1 == 0 && i2 != 0) {
                    continue;
                }
                SHARED[i] = sb.toString();
            }
        }
    }

    private CodeTable() {}

    /**
     * The shared string of a 2- or 3-character code field at {@code b[off..]} without its fillers,
     * or null when it is not in the table (the caller then builds the string).
     */
    static String shared(char[] b, int off, int len) {
        int i0 = letterIndex(b[off]);
        int i1 = letterIndex(b[off + 1]);
        int i2 = len == 3 ? letterIndex(b[off + 2]) : 0;
        if (i0 <= 0 || i1 < 0 || i2 < 0) {
            return null;
        }
        return SHARED[i0 * 729 + i1 * 27 + i2];
    }

    /** All rows, keyed by code, in file order. */
    public static Map<String, Row> rows() {
        return ROWS;
    }

    /** Whether the three characters at {@code b[off..off+2]} (filler-padded) are a known code. */
    public static boolean isKnown(char[] b, int off) {
        int i0 = letterIndex(b[off]);
        int i1 = letterIndex(b[off + 1]);
        int i2 = letterIndex(b[off + 2]);
        return i0 > 0 && i1 >= 0 && i2 >= 0 && KNOWN[i0 * 729 + i1 * 27 + i2];
    }

    private static int index(CharSequence s, int off) {
        return letterIndex(s.charAt(off)) * 729 + letterIndex(s.charAt(off + 1)) * 27 + letterIndex(s.charAt(off + 2));
    }

    private static int letterIndex(char c) {
        if (c == '<') {
            return 0;
        }
        return c >= 'A' && c <= 'Z' ? c - 'A' + 1 : -1;
    }
}
