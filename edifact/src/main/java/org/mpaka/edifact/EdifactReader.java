package org.mpaka.edifact;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpaka.edifact.Diagnostic.Severity;
import org.mpaka.edifact.internal.Charsets;
import org.mpaka.edifact.internal.Note;
import org.mpaka.edifact.internal.Tokenizer;

/**
 * Reads EDIFACT interchanges and delivers their messages one at a time, as soon as each message's
 * UNT (and any UNE/UNZ right after it) has been read: a large file is never loaded whole.
 *
 * <p>Handles UNA with any separators, several interchanges per input, UNB/UNG/UNH nesting, text
 * around interchanges (teletype addressing, STX/ETX, banners) and line breaks anywhere. Envelope
 * problems (missing UNT, wrong UNT/UNE/UNZ counts or references, text outside interchanges) become
 * {@link Diagnostic}s on the message they concern; problems that concern no message are available
 * from {@link #unattachedDiagnostics()} after the last message.
 *
 * <pre>{@code
 * try (EdifactReader r = EdifactReader.open(Files.newInputStream(path))) {
 *     for (EdifactMessage m; (m = r.next()) != null; ) {
 *         if ("PAXLST".equals(m.type())) { Paxlst p = Paxlst.from(m); ... }
 *     }
 * }
 * }</pre>
 */
public final class EdifactReader implements Closeable {

    private final Closeable source;
    private final Tokenizer tokenizer;
    private Segment pushedBack;
    private boolean ended;

    private Interchange interchange = Interchange.missing(Separators.DEFAULT);
    private boolean interchangeOpen;
    private Group group;
    private int messagesInInterchange;
    private int messagesInGroup;
    private int groupsInInterchange;

    private final List<Diagnostic> orphans = new ArrayList<>();

    private EdifactReader(Closeable source, Tokenizer tokenizer) {
        this.source = source;
        this.tokenizer = tokenizer;
    }

    /**
     * Opens a reader over characters.
     *
     * @throws NotEdifactException when the input does not start (within 64 KiB) with EDIFACT
     */
    public static EdifactReader open(Reader in) throws NotEdifactException, IOException {
        return open(in, Long.MAX_VALUE);
    }

    private static EdifactReader open(Reader in, long sizeHint) throws NotEdifactException, IOException {
        return start(new EdifactReader(in, new Tokenizer(in, sizeHint)));
    }

    private static EdifactReader start(EdifactReader r) throws NotEdifactException, IOException {
        r.tokenizer.start();
        r.collectNotes(null, 0);
        return r;
    }

    /**
     * Opens a reader over bytes, choosing the character set from the UNB syntax identifier (UNOC
     * = ISO 8859-1, UNOY/UNOW = UTF-8, ...); UNOA/UNOB/IATA input is read as UTF-8 when it is valid
     * UTF-8, otherwise as ISO 8859-1, so no byte is ever lost.
     */
    public static EdifactReader open(InputStream in) throws NotEdifactException, IOException {
        byte[] head = in.readNBytes(8192);
        Charset cs = Charsets.detect(head);
        InputStream all = new SequenceInputStream(new ByteArrayInputStream(head), in);
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.UTF_8)) {
            // one byte per character (Latin-1, or UTF-8 while it is ASCII): no decoding
            return start(new EdifactReader(all, new Tokenizer(all, cs.equals(StandardCharsets.UTF_8))));
        }
        return open(new InputStreamReader(
                all,
                cs.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
    }

    /** Opens a reader over text already in memory. */
    public static EdifactReader of(CharSequence text) throws NotEdifactException {
        String s = text.toString();
        try {
            byte[] latin1 = s.getBytes(StandardCharsets.ISO_8859_1);
            if (sameQuestionMarks(s, latin1)) {
                // every character below U+0100 (almost all interchanges): tokenized from the bytes
                return start(new EdifactReader(() -> {}, new Tokenizer(latin1)));
            }
            return open(new StringReader(s), s.length());
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }

    /**
     * Whether {@code latin1}, {@code s} encoded as ISO 8859-1, holds every character of it: the
     * encoder writes '?' for each character above U+00FF, so the two agree exactly when they have
     * as many question marks.
     */
    private static boolean sameQuestionMarks(String s, byte[] latin1) {
        int inText = 0;
        for (int i = s.indexOf('?'); i >= 0; i = s.indexOf('?', i + 1)) {
            inText++;
        }
        int inBytes = 0;
        for (byte b : latin1) {
            inBytes += b == '?' ? 1 : 0;
        }
        return inText == inBytes;
    }

    /** Reads every message of {@code text}. */
    public static List<EdifactMessage> readAll(CharSequence text) throws NotEdifactException {
        List<EdifactMessage> out = new ArrayList<>();
        try (EdifactReader r = of(text)) {
            for (EdifactMessage m; (m = r.next()) != null; ) {
                out.add(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
        return out;
    }

    /** Diagnostics not attached to any message (e.g. an interchange without messages). */
    public List<Diagnostic> unattachedDiagnostics() {
        return List.copyOf(orphans);
    }

    /** The next message, or {@code null} when the input is exhausted. */
    public EdifactMessage next() throws IOException {
        while (true) {
            Segment s = read();
            if (s == null) {
                if (interchangeOpen) {
                    orphan(Severity.WARNING, "UNZ_MISSING", "input ended before UNZ", null, "UNZ");
                    interchangeOpen = false;
                }
                return null;
            }
            switch (s.tag()) {
                case "UNH" -> {
                    return readMessage(s);
                }
                case "UNA" -> newInterchangeAdvice(s);
                case "UNB" -> startInterchange(s);
                case "UNG" -> startGroup(s);
                case "UNE" -> endGroup(s, null);
                case "UNZ" -> endInterchange(s, null);
                default -> outside(s, null);
            }
        }
    }

    private EdifactMessage readMessage(Segment unh) throws IOException {
        List<Diagnostic> diags = new ArrayList<>(orphans);
        orphans.clear();
        messagesInInterchange++;
        messagesInGroup++;
        String ref = unh.value(1);
        List<Segment> body = new ArrayList<>(64);
        Segment unt = null;
        while (true) {
            Segment s = read(diags, ref, body.size() + 2);
            if (s == null) {
                break;
            }
            String tag = s.tag();
            if (isServiceTag(tag) && tag.equals("UNT")) {
                unt = s;
                break;
            }
            if (isServiceTag(tag)
                    && (tag.equals("UNH")
                            || tag.equals("UNB")
                            || tag.equals("UNA")
                            || tag.equals("UNZ")
                            || tag.equals("UNG")
                            || tag.equals("UNE"))) {
                pushedBack = s;
                break;
            }
            if (!validTag(tag)) {
                diags.add(diag(
                        Severity.ERROR,
                        "INVALID_TAG",
                        ref,
                        body.size() + 2,
                        s,
                        "'" + abbreviate(tag) + "' is not a segment tag",
                        "three upper-case letters"));
            }
            body.add(s);
        }
        EdifactMessage m = new EdifactMessage(interchange, group, unh, body, diags);
        if (unt == null) {
            m.report(Severity.ERROR, "UNT_MISSING", pushedBack, body.size() + 2, "message ended without UNT", "UNT");
        } else {
            checkTrailer(m, unt, body.size() + 2);
        }
        readTrailers(m);
        return m;
    }

    private void checkTrailer(EdifactMessage m, Segment unt, int number) {
        String count = unt.value(1);
        if (!String.valueOf(number).equals(stripZeros(count))) {
            m.report(
                    Severity.WARNING,
                    "UNT_COUNT_MISMATCH",
                    unt,
                    number,
                    "UNT declares " + count + " segments, the message has " + number,
                    String.valueOf(number));
        }
        String ref = unt.value(2);
        if (ref == null || !ref.equals(m.reference())) {
            m.report(
                    Severity.WARNING,
                    "UNT_REFERENCE_MISMATCH",
                    unt,
                    number,
                    "UNT reference " + ref + " differs from UNH reference " + m.reference(),
                    m.reference());
        }
    }

    /** Consumes UNE/UNZ and trailing text right after a message so their problems land on it. */
    private void readTrailers(EdifactMessage m) throws IOException {
        while (true) {
            Segment s = read();
            if (s == null) {
                if (interchangeOpen) {
                    m.report(Severity.WARNING, "UNZ_MISSING", null, 0, "input ended before UNZ", "UNZ");
                    interchangeOpen = false;
                }
                m.addAll(orphans);
                orphans.clear();
                return;
            }
            switch (s.tag()) {
                case "UNE" -> endGroup(s, m);
                case "UNZ" -> endInterchange(s, m);
                default -> {
                    if (!interchangeOpen && !isEnvelopeStart(s.tag())) {
                        outside(s, m);
                    } else {
                        pushedBack = s;
                        m.addAll(orphans);
                        orphans.clear();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Cheap pre-check on the per-segment hot path: only tags {@code UN?} can be service segments,
     * so the string comparisons run for those alone.
     */
    private static boolean isServiceTag(String tag) {
        return tag.length() == 3 && tag.charAt(0) == 'U' && tag.charAt(1) == 'N';
    }

    private static boolean isEnvelopeStart(String tag) {
        return tag.equals("UNA") || tag.equals("UNB") || tag.equals("UNH") || tag.equals("UNG");
    }

    private void newInterchangeAdvice(Segment una) {
        if (interchangeOpen) {
            orphan(Severity.WARNING, "UNZ_MISSING", "new interchange started before UNZ", una, "UNZ");
            interchangeOpen = false;
        }
    }

    private void startInterchange(Segment unb) {
        if (interchangeOpen) {
            orphan(Severity.WARNING, "UNZ_MISSING", "new interchange started before UNZ", unb, "UNZ");
        }
        interchange = Interchange.from(unb, tokenizer.separators());
        interchangeOpen = true;
        group = null;
        messagesInInterchange = 0;
        groupsInInterchange = 0;
    }

    private void startGroup(Segment ung) {
        group = Group.from(ung);
        groupsInInterchange++;
        messagesInGroup = 0;
    }

    private void endGroup(Segment une, EdifactMessage m) {
        if (group == null) {
            report(m, Severity.WARNING, "UNE_WITHOUT_UNG", "UNE without UNG", une, "UNG before UNE");
        } else {
            if (!String.valueOf(messagesInGroup).equals(stripZeros(une.value(1)))) {
                report(
                        m,
                        Severity.WARNING,
                        "UNE_COUNT_MISMATCH",
                        "UNE declares " + une.value(1) + " messages, the group has " + messagesInGroup,
                        une,
                        String.valueOf(messagesInGroup));
            }
            if (une.value(2) == null || !une.value(2).equals(group.reference())) {
                report(
                        m,
                        Severity.WARNING,
                        "UNE_REFERENCE_MISMATCH",
                        "UNE reference " + une.value(2) + " differs from UNG reference " + group.reference(),
                        une,
                        group.reference());
            }
        }
        group = null;
    }

    private void endInterchange(Segment unz, EdifactMessage m) {
        int expected = groupsInInterchange > 0 ? groupsInInterchange : messagesInInterchange;
        if (!String.valueOf(expected).equals(stripZeros(unz.value(1)))) {
            report(
                    m,
                    Severity.WARNING,
                    "UNZ_COUNT_MISMATCH",
                    "UNZ declares " + unz.value(1) + (groupsInInterchange > 0 ? " groups" : " messages")
                            + ", the interchange has " + expected,
                    unz,
                    String.valueOf(expected));
        }
        String ref = unz.value(2);
        if (ref == null || !ref.equals(interchange.controlReference())) {
            report(
                    m,
                    Severity.WARNING,
                    "UNZ_REFERENCE_MISMATCH",
                    "UNZ reference " + abbreviate(String.valueOf(ref)) + " differs from UNB reference "
                            + interchange.controlReference(),
                    unz,
                    interchange.controlReference());
        }
        interchangeOpen = false;
        group = null;
    }

    private void outside(Segment s, EdifactMessage m) throws IOException {
        if (!interchangeOpen && interchange.controlReference() != null) {
            report(
                    m,
                    Severity.WARNING,
                    "TEXT_AFTER_INTERCHANGE",
                    "text after UNZ ignored: " + abbreviate(s.toString()),
                    s,
                    "UNA, UNB or end of input");
            tokenizer.skipToNextInterchange();
            collectNotes(null, 0);
            return;
        }
        report(
                m,
                Severity.ERROR,
                "SEGMENT_OUTSIDE_MESSAGE",
                "segment outside any message ignored: " + abbreviate(s.toString()),
                s,
                "UNH");
    }

    private void report(EdifactMessage m, Severity sev, String code, String text, Segment at, String expected) {
        if (m != null) {
            m.report(sev, code, at, 0, text, expected);
        } else {
            orphan(sev, code, text, at, expected);
        }
    }

    private void orphan(Severity sev, String code, String text, Segment at, String expected) {
        orphans.add(diag(sev, code, null, 0, at, text, expected));
    }

    private Diagnostic diag(
            Severity sev, String code, String messageRef, int number, Segment at, String text, String expected) {
        return new Diagnostic(
                sev,
                code,
                interchange.controlReference(),
                messageRef,
                number,
                at == null ? null : at.tag(),
                at == null ? 0 : at.line(),
                at == null ? 0 : at.column(),
                text,
                expected);
    }

    private Segment read() throws IOException {
        return read(orphans, null, 0);
    }

    private Segment read(List<Diagnostic> sink, String messageRef, int number) throws IOException {
        if (pushedBack != null) {
            Segment s = pushedBack;
            pushedBack = null;
            return s;
        }
        if (ended) {
            return null;
        }
        Segment s = tokenizer.next();
        if (s == null) {
            ended = true;
        }
        if (!tokenizer.hasNotes()) {
            return s;
        }
        for (Note n : tokenizer.drainNotes()) {
            sink.add(new Diagnostic(
                    n.severity(),
                    n.code(),
                    interchange.controlReference(),
                    messageRef,
                    number,
                    s == null ? null : s.tag(),
                    n.line(),
                    n.column(),
                    n.text(),
                    n.expected()));
        }
        return s;
    }

    private void collectNotes(String messageRef, int number) {
        for (Note n : tokenizer.drainNotes()) {
            orphans.add(new Diagnostic(
                    n.severity(),
                    n.code(),
                    interchange.controlReference(),
                    messageRef,
                    number,
                    null,
                    n.line(),
                    n.column(),
                    n.text(),
                    n.expected()));
        }
    }

    static boolean validTag(String tag) {
        if (tag.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = tag.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static String stripZeros(String n) {
        if (n == null) {
            return null;
        }
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') {
            i++;
        }
        return n.substring(i);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
