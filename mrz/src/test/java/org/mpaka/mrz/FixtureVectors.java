package org.mpaka.mrz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third-party vectors of {@code mrz/mrz_vectors.jsonl} (see SOURCES.txt next to it), read
 * with a few patterns: the file is one flat JSON object per line.
 */
record FixtureVectors(
        int number, List<String> lines, String format, Map<String, Boolean> checks, String longDocumentNumber) {

    private static final Pattern LINES = Pattern.compile("\"lines\": \\[([^\\]]*)\\]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FORMAT = Pattern.compile("\"format\": \"([^\"]*)\"");
    private static final Pattern CHECKS = Pattern.compile("\"computed_check_digits_valid\": \\{([^}]*)\\}");
    private static final Pattern CHECK = Pattern.compile("\"([a-z_]+)\": (true|false)");
    private static final Pattern LONG = Pattern.compile("\"long_document_number\": \"([^\"]*)\"");

    String text() {
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return "vector " + number + " " + format + " " + lines;
    }

    static List<FixtureVectors> all() {
        List<FixtureVectors> out = new ArrayList<>();
        try (InputStream in = FixtureVectors.class.getResourceAsStream("/mrz/mrz_vectors.jsonl")) {
            String[] rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String row : rows) {
                if (row.isBlank()) {
                    continue;
                }
                List<String> lines = new ArrayList<>();
                Matcher m = STRING.matcher(find(LINES, row));
                while (m.find()) {
                    lines.add(m.group(1));
                }
                Map<String, Boolean> checks = new LinkedHashMap<>();
                Matcher c = CHECK.matcher(find(CHECKS, row));
                while (c.find()) {
                    checks.put(c.group(1), Boolean.parseBoolean(c.group(2)));
                }
                Matcher l = LONG.matcher(row);
                out.add(new FixtureVectors(
                        out.size() + 1, List.copyOf(lines), find(FORMAT, row), checks, l.find() ? l.group(1) : null));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static String find(Pattern p, String row) {
        Matcher m = p.matcher(row);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in " + row);
        }
        return m.group(1);
    }
}
