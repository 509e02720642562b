package org.mpaka.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The commands' input files: checks and reading with messages that say what is wrong, and the
 * printing of an import's rejected records and warnings.
 */
final class Inputs {

    private Inputs() {}

    /** A file that cannot be read; the message says why, {@link #line} where when known. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final long line;

        Unreadable(String message, long line) {
            super(message);
            this.line = line;
        }

        /** For example {@code q.jsonl:3: not valid UTF-8}. */
        String describe(String file) {
            return file + (line > 0 ? ":" + line : "") + ": " + getMessage();
        }
    }

    /** Why the file cannot be read, or null when it looks readable. */
    static String problem(Path file) {
        if (Files.isDirectory(file)) {
            return "is a directory, not a file";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (!Files.isReadable(file)) {
            return "cannot be read (permission denied)";
        }
        return null;
    }

    /** The whole file as UTF-8 text; invalid UTF-8 is an error naming its line. */
    static String readUtf8(Path file) throws Unreadable {
        String problem = problem(file);
        if (problem != null) {
            throw new Unreadable(problem, 0);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot be read (" + e.getClass().getSimpleName() + ")", 0);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, chars, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new Unreadable("not valid UTF-8", line);
        }
        decoder.flush(chars);
        String text = chars.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Problem records shown per list file; the rest are counted. */
    static final int SHOWN_PROBLEMS = 20;

    /**
     * Prints an import's rejected records or warnings ({@code what}: "rejected" or "warning"), each
     * as {@code file:line: reason}, {@value #SHOWN_PROBLEMS} at most, then how many more.
     */
    static void printProblems(String what, List<String> problems, PrintStream err) {
        problems.stream().limit(SHOWN_PROBLEMS).forEach(x -> err.println("  " + what + " " + x));
        if (problems.size() > SHOWN_PROBLEMS) {
            err.println("  and " + (problems.size() - SHOWN_PROBLEMS) + " more "
                    + (what.equals("warning") ? "warnings" : "rejected"));
        }
    }
}
