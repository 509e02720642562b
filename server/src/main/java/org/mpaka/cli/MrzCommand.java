package org.mpaka.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mpaka.mrz.MrzCheck;
import org.mpaka.mrz.MrzCorrection;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDiagnostic;
import org.mpaka.mrz.MrzFields;
import org.mpaka.mrz.MrzParser;
import org.mpaka.mrz.MrzResult;
import org.mpaka.mrz.NotAnMrzException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code mpaka mrz [FILE...]}: reads machine-readable zones (documents separated by blank lines)
 * and prints one JSON object per document. Exit status 0 when every document is valid, 1 when
 * any is invalid (or not an MRZ), 2 for unreadable input or a wrong command line.
 */
final class MrzCommand implements Command {

    private static final int ALL_VALID = 0;
    private static final int SOME_INVALID = 1;
    private static final int UNREADABLE = 2;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String name() {
        return "mrz";
    }

    @Override
    public String summary() {
        return "read and check ICAO 9303 machine-readable zones, one JSON line per document";
    }

    @Override
    public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        MrzParser parser = MrzParser.standard();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            try {
                switch (a) {
                    case "-h", "--help" -> {
                        help(out);
                        return ALL_VALID;
                    }
                    case "--strict" -> parser = parser.withOcrCorrection(false);
                    case "--today" ->
                        parser = parser.withClock(Clock.fixed(
                                LocalDate.parse(value(args, ++i, a))
                                        .atStartOfDay(ZoneId.of("UTC"))
                                        .toInstant(),
                                ZoneId.of("UTC")));
                    case "--expiry-warning-days" ->
                        parser = parser.withExpiryWarningDays(Integer.parseInt(value(args, ++i, a)));
                    default -> {
                        if (a.startsWith("-") && !a.equals("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        }
                        files.add(a);
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                err.println("mpaka mrz: " + e.getMessage());
                err.println("Run 'mpaka mrz --help' for usage.");
                return Cli.USAGE;
            }
        }
        if (files.isEmpty()) {
            files.add("-");
        }
        int status = ALL_VALID;
        for (String file : files) {
            String text;
            try {
                byte[] bytes = file.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(file));
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                err.println("mpaka mrz: " + file + ": not UTF-8 text");
                status = UNREADABLE;
                continue;
            } catch (IOException | RuntimeException e) {
                err.println("mpaka mrz: cannot read " + file + ": " + describe(e));
                status = UNREADABLE;
                continue;
            }
            boolean allValid = parseDocuments(parser, text, file, out);
            if (!allValid && status == ALL_VALID) {
                status = SOME_INVALID;
            }
        }
        return status;
    }

    /** Parses each blank-line separated document of {@code text}; true when all are valid. */
    private boolean parseDocuments(MrzParser parser, String text, String file, PrintStream out) {
        boolean allValid = true;
        String[] lines = text.split("\r?\n|\r", -1);
        int start = -1;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || lines[i].isBlank();
            if (!blank && start < 0) {
                start = i;
            } else if (blank && start >= 0) {
                String doc = String.join("\n", List.of(lines).subList(start, i));
                ObjectNode node;
                try {
                    MrzResult r = parser.parse(doc);
                    node = render(r);
                    allValid &= r.valid();
                } catch (NotAnMrzException e) {
                    node = notAnMrz(e);
                    allValid = false;
                }
                node.put("source", file);
                node.put("source_line", start + 1);
                out.println(json.writeValueAsString(node));
                start = -1;
            }
        }
        return allValid;
    }

    private ObjectNode render(MrzResult r) {
        ObjectNode n = json.createObjectNode();
        n.put("format", r.format().name());
        n.put("valid", r.valid());
        ObjectNode checks = n.putObject("checks");
        for (MrzCheck c : r.checks()) {
            checks.put(c.kind().key(), c.passed());
        }
        MrzFields f = r.fields();
        ObjectNode fields = n.putObject("fields");
        fields.put("document_code", f.documentCode());
        fields.put("issuing_state", f.issuingState());
        fields.put("primary_identifier", f.primaryIdentifier());
        fields.put("secondary_identifier", f.secondaryIdentifier());
        fields.put("document_number", f.documentNumber());
        fields.put("nationality", f.nationality());
        fields.put("birth_date", iso(f.birthDate()));
        fields.put("sex", f.sex() == null ? null : String.valueOf(f.sex().code()));
        fields.put("expiry_date", iso(f.expiryDate()));
        fields.put("optional_data", f.optionalData());
        if (r.format() == org.mpaka.mrz.MrzFormat.TD1) {
            fields.put("optional_data_2", f.optionalData2());
        }
        ArrayNode corrections = n.putArray("corrections");
        for (MrzCorrection c : r.corrections()) {
            ObjectNode o = corrections.addObject();
            o.put("line", c.line());
            o.put("column", c.column());
            o.put("field", c.field());
            o.put("from", String.valueOf(c.from()));
            o.put("to", String.valueOf(c.to()));
            o.put("proof", c.proof().name().toLowerCase(java.util.Locale.ROOT));
        }
        diagnostics(n.putArray("warnings"), r.warnings());
        diagnostics(n.putArray("errors"), r.errors());
        return n;
    }

    private ObjectNode notAnMrz(NotAnMrzException e) {
        ObjectNode n = json.createObjectNode();
        n.putNull("format");
        n.put("valid", false);
        n.putObject("checks");
        n.putNull("fields");
        n.putArray("corrections");
        n.putArray("warnings");
        ObjectNode error = n.putArray("errors").addObject();
        error.put("code", "NOT_AN_MRZ");
        error.put("line", e.line());
        error.put("column", 0);
        error.put("message", e.getMessage());
        return n;
    }

    private static void diagnostics(ArrayNode array, List<MrzDiagnostic> list) {
        for (MrzDiagnostic d : list) {
            ObjectNode o = array.addObject();
            o.put("code", d.code().name());
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("message", d.message());
        }
    }

    private static String iso(MrzDate d) {
        return d == null ? null : d.iso();
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static String describe(Exception e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    private static void help(PrintStream out) {
        out.println("Usage: mpaka mrz [OPTIONS] [FILE...]");
        out.println();
        out.println("Reads ICAO 9303 machine-readable zones (TD1, TD2, TD3, MRV-A, MRV-B, French ID)");
        out.println("from the files, or standard input when no file or '-' is given. Documents are");
        out.println("separated by blank lines; each has 2 or 3 lines. Prints one JSON object per");
        out.println("document: format, valid, checks, fields, corrections, warnings, errors.");
        out.println();
        out.println("Options:");
        out.println("  --strict                   no OCR correction: take every character as read");
        out.println("  --today YYYY-MM-DD         date used for centuries and expiry warnings");
        out.println("  --expiry-warning-days N    warn when a document expires within N days (30)");
        out.println();
        out.println("Exit status: 0 all documents valid, 1 some invalid or not an MRZ,");
        out.println("2 unreadable input (missing file, not UTF-8) or wrong options.");
    }
}
