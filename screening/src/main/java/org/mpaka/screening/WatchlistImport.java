package org.mpaka.screening;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.mpaka.screening.internal.FtmParser;
import org.mpaka.screening.internal.Json;
import org.mpaka.screening.internal.NationalListParser;
import org.mpaka.screening.internal.OfacSdnParser;
import org.mpaka.screening.internal.UnConsolidatedParser;

/**
 * Imports watchlist files. Every method reads the whole input before returning, reports records it
 * skipped as {@link ImportResult#rejects()}, and throws only {@link WatchlistImportException} (for an
 * unreadable file, invalid UTF-8, or XML that is not well formed) — nothing is imported then.
 * Files are UTF-8.
 */
public final class WatchlistImport {

    private WatchlistImport() {}

    /** A supported format. */
    public enum Format {
        /** UN Security Council Consolidated List XML. */
        UN_XML,
        /** OFAC SDN legacy CSV (no header). */
        OFAC_SDN_CSV,
        /** Mpaka list CSV (header row). */
        CSV,
        /** Mpaka list JSON lines. */
        JSON_LINES,
        /** FollowTheMoney entities, one JSON object per line (OpenSanctions, Aleph). */
        FTM_JSON
    }

    /**
     * Guesses the format from the first non-blank characters of the file; a file of JSON objects is
     * FollowTheMoney when its first line is an entity (a {@code schema} and {@code properties}).
     */
    public static Format detect(Path file) throws WatchlistImportException {
        String head;
        try (InputStream in = newInputStream(file)) {
            head = new String(in.readNBytes(512), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WatchlistImportException(file.toString(), describe(e), e);
        }
        head = (head.startsWith("\uFEFF") ? head.substring(1) : head).strip();
        if (head.startsWith("<")) {
            return Format.UN_XML;
        }
        if (head.startsWith("{")) {
            return ftmFirstLine(file) ? Format.FTM_JSON : Format.JSON_LINES;
        }
        String first = head.isEmpty() ? "" : head.substring(0, Math.max(0, head.indexOf(',')));
        return !first.isEmpty() && first.chars().allMatch(Character::isDigit) ? Format.OFAC_SDN_CSV : Format.CSV;
    }

    /** Imports a file of any supported format ({@link #detect}); OFAC files without alt/add. */
    public static ImportResult read(Path file) throws WatchlistImportException {
        return read(file, detect(file));
    }

    /** Imports a file in the given format; OFAC files without alt/add. */
    public static ImportResult read(Path file, Format format) throws WatchlistImportException {
        return switch (format) {
            case UN_XML -> unConsolidated(file);
            case OFAC_SDN_CSV -> ofacSdn(file, null, null);
            case CSV -> csv(file);
            case JSON_LINES -> jsonLines(file);
            case FTM_JSON -> followTheMoney(file);
        };
    }

    /**
     * Whether the first line of the file that holds a JSON object (of its first {@value
     * #DETECT_LINES} lines that are not blank) is a FollowTheMoney entity: a line that is not JSON
     * does not decide the format of the others.
     */
    private static boolean ftmFirstLine(Path file) throws WatchlistImportException {
        try (BufferedReader r = reader(file)) {
            int read = 0;
            for (String l = r.readLine(); l != null && read < DETECT_LINES; l = r.readLine()) {
                if (l.isBlank()) {
                    continue;
                }
                read++;
                try {
                    Object v = Json.parse(l);
                    if (v instanceof Map<?, ?>) {
                        return FtmParser.isEntity(v);
                    }
                } catch (Json.Malformed e) {
                    // left for the reader to reject with its line number
                }
            }
            return false;
        } catch (IOException e) {
            throw new WatchlistImportException(file.toString(), describe(e), e);
        }
    }

    private static final int DETECT_LINES = 100;

    /** Imports the UN Consolidated List XML; the version is its {@code dateGenerated}. */
    public static ImportResult unConsolidated(Path xml) throws WatchlistImportException {
        try (InputStream in = newInputStream(xml)) {
            return UnConsolidatedParser.parse(name(xml), in);
        } catch (IOException e) {
            throw new WatchlistImportException(xml.toString(), describe(e), e);
        } catch (UnConsolidatedParser.Malformed e) {
            throw new WatchlistImportException(xml.toString(), e.getMessage(), e);
        }
    }

    /**
     * Imports an OFAC SDN CSV with its optional alternate-names and addresses files (null to
     * omit). The version is the SDN file's name.
     */
    public static ImportResult ofacSdn(Path sdn, Path alt, Path add) throws WatchlistImportException {
        Path opening = sdn;
        try (BufferedReader s = reader(sdn);
                BufferedReader a = alt == null ? null : reader(opening = alt);
                BufferedReader d = add == null ? null : reader(opening = add)) {
            return OfacSdnParser.parse(
                    name(sdn), name(sdn), s, alt == null ? "" : name(alt), a, add == null ? "" : name(add), d);
        } catch (FileReadException e) {
            throw new WatchlistImportException(e.file.toString(), describe(e), e.getCause());
        } catch (IOException e) {
            // a file that could not be opened (read and close errors name theirs): the one being opened
            throw new WatchlistImportException(opening.toString(), describe(e), e);
        }
    }

    /** Imports a list in Mpaka's CSV format; the version is the file name. */
    public static ImportResult csv(Path file) throws WatchlistImportException {
        try (BufferedReader r = reader(file)) {
            return NationalListParser.parseCsv(name(file), name(file), r);
        } catch (IOException e) {
            throw new WatchlistImportException(file.toString(), describe(e), e);
        }
    }

    /** Imports a list in Mpaka's JSON-lines format; the version is the file name. */
    public static ImportResult jsonLines(Path file) throws WatchlistImportException {
        try (BufferedReader r = reader(file)) {
            return NationalListParser.parseJsonLines(name(file), name(file), r);
        } catch (IOException e) {
            throw new WatchlistImportException(file.toString(), describe(e), e);
        }
    }

    /**
     * Imports FollowTheMoney entities, one JSON object per line, as OpenSanctions exports them
     * ({@code entities.ftm.json} or {@code targets.nested.json}); the version is the file name.
     */
    public static ImportResult followTheMoney(Path file) throws WatchlistImportException {
        try (BufferedReader r = reader(file)) {
            return FtmParser.parse(name(file), name(file), r);
        } catch (IOException e) {
            throw new WatchlistImportException(file.toString(), describe(e), e);
        }
    }

    private static InputStream newInputStream(Path p) throws IOException {
        directoryRefused(p);
        return Files.newInputStream(p);
    }

    private static String describe(Throwable e) {
        if (e instanceof FileReadException f) {
            long line = f.getCause() instanceof CharacterCodingException ? invalidUtf8Line(f.file) : 0;
            return describe(f.getCause()) + (line > 0 ? " (line " + line + ")" : "");
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().equals(DIRECTORY) ? DIRECTORY : "cannot read: " + f.getReason();
        }
        return "cannot read: " + e.getMessage();
    }

    /**
     * The line of a file's first bytes that are not UTF-8, read again once a reader has failed on
     * them (a decoder reports the error for a whole buffer, not where in it); 0 when the file now
     * reads as UTF-8 or cannot be read.
     */
    static long invalidUtf8Line(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                if (n > 0) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                int from = bytes.position();
                CoderResult r = decoder.decode(bytes, chars, end);
                for (int i = from; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                    }
                }
                if (r.isError()) {
                    return line;
                }
                chars.clear();
                bytes.compact();
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    /**
     * A reader of the UTF-8 file that reports invalid UTF-8 and skips a byte-order mark that starts
     * it; its read errors name the file ({@link FileReadException}), so that of several files read
     * together the one at fault is named.
     */
    private static BufferedReader reader(Path p) throws IOException {
        directoryRefused(p);
        BufferedReader r = new BufferedReader(new FileReader(
                p,
                new InputStreamReader(
                        Files.newInputStream(p),
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT))));
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /** Refuses a directory by name (reading one fails with a message that differs by system). */
    private static void directoryRefused(Path p) throws FileSystemException {
        if (Files.isDirectory(p)) {
            throw new FileSystemException(p.toString(), null, DIRECTORY);
        }
    }

    private static final String DIRECTORY = "a directory, not a file";

    /** A read or close error of one file, with the file. */
    private static final class FileReadException extends IOException {
        private final transient Path file;

        FileReadException(Path file, IOException cause) {
            super(cause.getMessage(), cause);
            this.file = file;
        }
    }

    /** A reader whose read and close errors name its file. */
    private static final class FileReader extends FilterReader {
        private final Path file;

        FileReader(Path file, Reader in) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new FileReadException(file, e);
            }
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            try {
                return super.read(buf, off, len);
            } catch (IOException e) {
                throw new FileReadException(file, e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } catch (IOException e) {
                throw new FileReadException(file, e);
            }
        }
    }

    private static String name(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }
}
