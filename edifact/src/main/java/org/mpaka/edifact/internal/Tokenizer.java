package org.mpaka.edifact.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mpaka.edifact.Diagnostic.Severity;
import org.mpaka.edifact.NotEdifactException;
import org.mpaka.edifact.Segment;
import org.mpaka.edifact.Separators;

/**
 * Streaming EDIFACT tokenizer: turns characters from a {@link Reader} into {@link Segment}s, one
 * at a time, through a fixed 16 KiB window; memory use does not depend on the input size. In
 * byte mode (text below U+0100 in memory, ISO 8859-1 streams, UTF-8 streams while they are ASCII)
 * the window holds one byte per character and values are built from byte ranges, with the same
 * results as the character path.
 *
 * <p>Hot code, kept in one class on purpose. Per character, {@link #next()} does one buffer read
 * and one lookup in a table of the service characters, in a scan loop over locals; a run of plain
 * characters becomes a {@code String} straight from the buffer, and only components with release
 * characters, line breaks or a buffer refill inside go through a reused {@link StringBuilder}. The
 * components of all data elements collect in one reused array with the element boundaries beside
 * it, and a segment gets one copy of each ({@link Segment#flat}), not one array per element.
 * Components of up to 8 characters (tags, qualifiers, codes, dates: most of them) come from a
 * small direct-mapped cache keyed by the characters packed into a {@code long}, so repeated values
 * cost one comparison instead of two allocations; the cache grows with the input up to 1024 slots.
 * The tag element is never copied into an array of its own. Carriage returns and line
 * feeds are never data (airlines wrap long lines), other whitespace between segments is skipped, as
 * are STX/ETX and other control characters.
 *
 * <p>UNA handling tolerates what airlines send: a service string advice with 5 instead of 6
 * characters (decimal mark left out), trailing spaces, and a terminator declared as a typographic
 * quote while the segments end with {@code '}. Each deviation becomes a {@link Note}.
 */
public final class Tokenizer {

    private static final int WINDOW = 16 * 1024;
    private static final int MAX_SEGMENT = 256 * 1024;
    private static final int START_SEARCH_LIMIT = 64 * 1024;
    /** Components up to this length are looked up in {@link #shortStrings} before allocating. */
    private static final int SHORT_MAX = 8;
    /** Most slots of the short-string cache, for inputs of 16 KiB and more: 2^SHORT_BITS. */
    private static final int SHORT_BITS = 10;
    /** Eight bytes of an array as one {@code long}, the first byte highest. */
    private static final VarHandle BIG_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Reader in;
    /** The window in character mode; {@code null} in byte mode. */
    private char[] buf;
    /**
     * The window in byte mode, one byte per character (ISO 8859-1, or ASCII so far in UTF-8
     * input); {@code null} in character mode.
     */
    private byte[] bytes;
    /** Byte mode's source; {@code null} when {@link #bytes} holds the whole input. */
    private InputStream bin;
    /**
     * Byte mode over UTF-8 input: each chunk read is checked, and at the first byte above 0x7F the
     * tokenizer changes to character mode, decoding from there on (everything before was ASCII, so
     * positions and columns stay the same).
     */
    private boolean utf8;

    private int pos;
    private int limit;
    private boolean eof;
    private long base;
    private int line = 1;
    private long lineStart;

    private Separators separators = Separators.DEFAULT;
    private final StringBuilder text = new StringBuilder(64);
    /** Components of the data elements of the current segment, element after element. */
    private String[] flat = new String[64];

    private int flatCount;
    /** Where the current element's components start in {@link #flat}. */
    private int elemStart;
    /** Where the second repetition of the current element starts in {@link #flat}. */
    private int repStart;
    /** Per data element, its end in {@link #flat}. */
    private int[] ends = new int[32];
    /** Elements ended in the current segment, the tag element included. */
    private int elemCount;

    private final boolean[] special = new boolean[128];
    /** Byte mode: {@link #special} for all 256 byte values, service characters above 0x7F included. */
    private final boolean[] specialByte = new boolean[256];
    /**
     * Byte mode: bit {@code c} set for each service character {@code c} when all of them are below
     * 64 (the default {@code :+?*'} and line breaks are), else 0 and {@link #specialByte} is used.
     */
    private long lowSpecials;

    private boolean nonAsciiSeparators;
    private ArrayList<String[]> repeats;
    private final List<Note> notes = new ArrayList<>();
    private final ArrayList<Integer> repeatMarks = new ArrayList<>();
    private final ArrayList<String[][]> repeatValues = new ArrayList<>();
    private final String[] shortStrings;
    /** Characters of {@link #shortStrings}' entries packed 8 bits each, see {@link #string}. */
    private final long[] shortKeys;
    /** 64 minus the number of bits of a cache slot index. */
    private final int shortShift;

    private String tagValue;

    public Tokenizer(Reader in) {
        this(in, WINDOW);
    }

    /**
     * @param in the characters
     * @param sizeHint expected input length, to size the window for short inputs (at most 16 KiB
     *     is used; the window never limits segment or input length)
     */
    public Tokenizer(Reader in, long sizeHint) {
        this.in = in;
        // (sizeHint + 16 would overflow for Long.MAX_VALUE, "unknown", and give the 64-character minimum)
        this.buf = new char[(int) Math.max(64, Math.min(WINDOW, Math.min(sizeHint, WINDOW) + 16))];
        this.shortStrings = new String[1 << shortBits(sizeHint)];
        this.shortKeys = new long[shortStrings.length];
        this.shortShift = 64 - shortBits(sizeHint);
        useSeparators(Separators.DEFAULT);
    }

    /**
     * A tokenizer over text already in memory whose characters are all below U+0100, one byte
     * each: values are built from byte ranges, and the array is used as is (not copied).
     */
    public Tokenizer(byte[] latin1) {
        this.bytes = latin1;
        this.limit = latin1.length;
        this.eof = true;
        this.shortStrings = new String[1 << shortBits(latin1.length)];
        this.shortKeys = new long[shortStrings.length];
        this.shortShift = 64 - shortBits(latin1.length);
        useSeparators(Separators.DEFAULT);
    }

    /**
     * A tokenizer over bytes read through a fixed window.
     *
     * @param in the bytes
     * @param utf8 {@code true} for UTF-8 input (read byte by byte while it is ASCII, decoded from
     *     the first chunk that is not), {@code false} for ISO 8859-1 (one byte per character)
     */
    public Tokenizer(InputStream in, boolean utf8) {
        this.bin = in;
        this.utf8 = utf8;
        this.bytes = new byte[WINDOW];
        this.shortStrings = new String[1 << SHORT_BITS];
        this.shortKeys = new long[shortStrings.length];
        this.shortShift = 64 - SHORT_BITS;
        useSeparators(Separators.DEFAULT);
    }

    private static int shortBits(long sizeHint) {
        // a short input repeats few distinct short values: one slot per 16 characters will do
        return Math.max(6, Math.min(SHORT_BITS, 64 - Long.numberOfLeadingZeros(Math.max(1, sizeHint / 16))));
    }

    /** The character at window position {@code i}, in either mode. */
    private char at(int i) {
        return bytes != null ? (char) (bytes[i] & 0xFF) : buf[i];
    }

    private int capacity() {
        return bytes != null ? bytes.length : buf.length;
    }

    /** Window characters {@code [from, from + len)} as a new string. */
    private String copy(int from, int len) {
        return bytes != null ? new String(bytes, from, len, StandardCharsets.ISO_8859_1) : new String(buf, from, len);
    }

    /** Appends window characters {@code [from, from + len)} to {@code sb}. */
    private void append(StringBuilder sb, int from, int len) {
        if (bytes == null) {
            sb.append(buf, from, len);
        } else if (len > 0) {
            sb.append(new String(bytes, from, len, StandardCharsets.ISO_8859_1));
        }
    }

    private void useSeparators(Separators s) {
        separators = s;
        Arrays.fill(special, false);
        nonAsciiSeparators = false;
        special['\n'] = true;
        special['\r'] = true;
        for (int c : new int[] {s.component(), s.element(), s.release(), s.repetition(), s.terminator()}) {
            if (c >= 0 && c < special.length) {
                special[c] = true;
            } else if (c >= special.length) {
                nonAsciiSeparators = true;
            }
        }
        long low = 0;
        for (int c = 0; c < specialByte.length; c++) {
            specialByte[c] = c < 128 ? special[c] : s.isSpecial(c);
            if (specialByte[c]) {
                low = c < 64 && low != -1 ? low | (1L << c) : -1;
            }
        }
        lowSpecials = low == -1 ? 0 : low;
    }

    /** Service characters currently in force. */
    public Separators separators() {
        return separators;
    }

    /** Whether problems were found since the last {@link #drainNotes()}. */
    public boolean hasNotes() {
        return !notes.isEmpty();
    }

    /** Problems found since the last call, then forgotten. */
    public List<Note> drainNotes() {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Note> copy = List.copyOf(notes);
        notes.clear();
        return copy;
    }

    /**
     * Skips text before the first {@code UNA}, {@code UNB} or {@code UNH}: teletype addressing,
     * STX, file banners.
     *
     * @throws NotEdifactException when none is found in the first 64 KiB
     */
    public void start() throws IOException, NotEdifactException {
        if (!skipToStart(START_SEARCH_LIMIT)) {
            throw new NotEdifactException(
                    "no UNA, UNB or UNH segment found in the first " + (base + pos) + " characters", base + pos);
        }
    }

    /**
     * Skips text up to the next interchange start ({@code UNA}/{@code UNB}/{@code UNH}).
     *
     * @return number of non-blank characters skipped; -1 when the input ended first
     */
    public int skipToNextInterchange() throws IOException {
        long before = base + pos;
        int line0 = line;
        int col0 = column();
        boolean found = skipToStart(Integer.MAX_VALUE);
        long skipped = base + pos - before;
        if (skipped > 0) {
            notes.add(new Note(
                    Severity.WARNING,
                    "TEXT_OUTSIDE_INTERCHANGE",
                    skipped + " characters of text outside any interchange ignored",
                    line0,
                    col0,
                    "UNA, UNB or end of input"));
        }
        return found ? (int) Math.min(skipped, Integer.MAX_VALUE) : -1;
    }

    private boolean skipToStart(long max) throws IOException {
        long start = base + pos;
        boolean nonBlank = false;
        int line0 = line;
        int col0 = column();
        while (base + pos - start < max) {
            if (!ensure(4)) {
                if (pos >= limit) {
                    return false;
                }
            }
            if (pos + 3 <= limit && at(pos) == 'U' && at(pos + 1) == 'N' && atSegmentStart()) {
                char c = at(pos + 2);
                boolean tag = c == 'A' || c == 'B' || c == 'H';
                char after = pos + 3 < limit ? at(pos + 3) : ' ';
                boolean sepAfter = c == 'A'
                        ? pos + 3 < limit && after > ' '
                        : after > ' ' && !Character.isLetterOrDigit(after) && after != '>' && after != '=';
                if (tag && sepAfter) {
                    if (nonBlank && max != Integer.MAX_VALUE) {
                        notes.add(new Note(
                                Severity.WARNING,
                                "LEADING_TEXT",
                                (base + pos - start) + " characters before the interchange ignored",
                                line0,
                                col0,
                                "UNA or UNB"));
                    }
                    return true;
                }
            }
            if (pos >= limit) {
                return false;
            }
            char c = at(pos++);
            if (c == '\n') {
                newLine();
            } else if (c > ' ') {
                nonBlank = true;
            }
        }
        return false;
    }

    /** Whether the character before {@code pos} can precede a segment (not a letter, digit or markup). */
    private boolean atSegmentStart() {
        if (pos == 0) {
            return true;
        }
        char p = at(pos - 1);
        return !Character.isLetterOrDigit(p) && p != '<' && p != ':' && p != '/' && p != '_';
    }

    /**
     * At a line break inside a segment: whether the next line starts like a segment ({@code TAG}
     * followed by the element separator), which means the sender left out a terminator.
     */
    private boolean nextLineStartsSegment() throws IOException {
        ensure(4);
        if (limit - pos < 4) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = at(pos + i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return at(pos + 3) == separators.element();
    }

    /** The next segment, or {@code null} at the end of the input. */
    public Segment next() throws IOException {
        if (!skipBlank()) {
            return null;
        }
        int segLine = line;
        int segCol = column();
        if (ensure(3) && at(pos) == 'U' && at(pos + 1) == 'N' && at(pos + 2) == 'A') {
            if (pos + 3 >= limit || !Character.isLetterOrDigit(at(pos + 3))) {
                return serviceStringAdvice(segLine, segCol);
            }
        }
        final boolean[] stop = special;
        final int comp = separators.component();
        final int elem = separators.element();
        final int rel = separators.release();
        final int term = separators.terminator();
        final StringBuilder sb = text;
        sb.setLength(0);
        elemCount = 0;
        flatCount = 0;
        elemStart = 0;
        repeats = null;
        boolean pending = false;
        boolean terminated = false;
        long segStart = base + pos;
        int start = pos;
        while (true) {
            if (pos >= limit) {
                append(sb, start, pos - start);
                pending = true;
                if (!fill()) {
                    break;
                }
                start = pos;
                if (base + pos - segStart > MAX_SEGMENT) {
                    notes.add(new Note(
                            Severity.ERROR,
                            "SEGMENT_TOO_LONG",
                            "segment longer than " + MAX_SEGMENT + " characters cut",
                            segLine,
                            segCol,
                            "segment terminator " + (char) term));
                    break;
                }
                continue;
            }
            // scan a run of plain characters with locals only; most characters end here
            int p = pos;
            final int lim = limit;
            char c;
            if (bytes != null) {
                final byte[] bb = bytes;
                final long low = lowSpecials;
                if (low != 0) {
                    // bytes from 64 up (letters, and above 0x7F) are plain, below only the bits set
                    for (int x = bb[p]; (x & 0xC0) != 0 || (low >>> x & 1) == 0; x = bb[p]) {
                        if (++p == lim) {
                            break;
                        }
                    }
                } else {
                    final boolean[] stopByte = specialByte;
                    while (!stopByte[bb[p] & 0xFF] && ++p < lim) {
                        // plain character
                    }
                }
                c = p < lim ? (char) (bb[p] & 0xFF) : 0;
            } else {
                final char[] b = buf;
                c = b[p];
                while (c < 128 ? !stop[c] : !nonAsciiSeparators || !separators.isSpecial(c)) {
                    if (++p == lim) {
                        break;
                    }
                    c = b[p];
                }
            }
            pos = p;
            if (p == lim) {
                continue;
            }
            // end of a run of plain characters: take it as a string, copying only if needed
            String value;
            if (pending) {
                append(sb, start, pos - start);
                value = sb.toString();
                sb.setLength(0);
            } else {
                value = null;
            }
            int runEnd = pos;
            pos++;
            if (c == rel || ((c == '\n' || c == '\r') && c != term && c != elem && c != comp)) {
                if (pending) {
                    sb.append(value);
                } else {
                    append(sb, start, runEnd - start);
                }
                pending = true;
                if (c == '\n') {
                    newLine();
                    if (nextLineStartsSegment()) {
                        // a typographic quote typed for the terminator ends the segment, not its data
                        int last = sb.length() - 1;
                        boolean quote = last >= 0 && (sb.charAt(last) == '\u2019' || sb.charAt(last) == '\u2018');
                        if (quote) {
                            sb.setLength(last);
                        }
                        notes.add(new Note(
                                Severity.WARNING,
                                "MISSING_TERMINATOR",
                                quote
                                        ? "segment ended by a typographic quote and a line break instead of "
                                                + (char) term
                                        : "line break followed by a segment tag inside a segment; segment ended there",
                                segLine,
                                segCol,
                                "segment terminator " + (char) term));
                        terminated = true;
                        break;
                    }
                } else if (c == rel) {
                    if (pos >= limit && !fill()) {
                        notes.add(new Note(
                                Severity.WARNING,
                                "DANGLING_RELEASE",
                                "release character at end of input",
                                line,
                                column(),
                                null));
                        break;
                    }
                    char d = at(pos++);
                    if (d == '\n') {
                        newLine();
                    } else if (d != '\r') {
                        sb.append(d);
                    }
                }
                start = pos;
                continue;
            }
            addComponent(value != null ? value : string(start, runEnd - start));
            pending = false;
            if (c == '\n') {
                newLine();
            }
            start = pos;
            if (c == term) {
                terminated = true;
                endElement();
                return build(segLine, segCol);
            } else if (c == elem) {
                endElement();
            } else if (c != comp) {
                endRepetition();
            }
        }
        addComponent(pending ? sb.toString() : "");
        sb.setLength(0);
        endElement();
        if (!terminated) {
            notes.add(new Note(
                    Severity.WARNING,
                    "UNTERMINATED_SEGMENT",
                    "input ended inside a segment",
                    segLine,
                    segCol,
                    "segment terminator " + (char) term));
        }
        return build(segLine, segCol);
    }

    /**
     * The characters {@code buf[from, from + len)} as a string. Short values (tags, qualifiers,
     * codes, dates) repeat from segment to segment, so they come from a direct-mapped cache: up to
     * 8 characters below U+0100 are packed into one {@code long}, which with the length is the
     * exact key, so a hit costs one comparison and allocates nothing; a miss allocates and replaces
     * the slot. Returned strings are equal to a freshly built one; only identity differs.
     */
    private String string(int from, int len) {
        if (len == 0) {
            return "";
        }
        if (bytes != null) {
            return bytesString(from, len);
        }
        if (len > SHORT_MAX) {
            return new String(buf, from, len);
        }
        final char[] b = buf;
        long key = 0;
        for (int i = from, end = from + len; i < end; i++) {
            char ch = b[i];
            if (ch > 0xFF) {
                return new String(b, from, len);
            }
            key = (key << 8) | ch;
        }
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> shortShift) ^ (len & (shortStrings.length - 1));
        String s = shortStrings[slot];
        if (s != null && shortKeys[slot] == key && s.length() == len) {
            return s;
        }
        s = new String(b, from, len);
        shortStrings[slot] = s;
        shortKeys[slot] = key;
        return s;
    }

    /** {@link #string} in byte mode: every byte is one character below U+0100. */
    private String bytesString(int from, int len) {
        final byte[] b = bytes;
        if (len > SHORT_MAX) {
            return new String(b, from, len, StandardCharsets.ISO_8859_1);
        }
        long key;
        if (from + 8 <= b.length) {
            // the same packing as the loop below, from one 8-byte read
            key = (long) BIG_ENDIAN_LONG.get(b, from) >>> (64 - 8 * len);
        } else {
            key = 0;
            for (int i = from, end = from + len; i < end; i++) {
                key = (key << 8) | (b[i] & 0xFF);
            }
        }
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed >>> shortShift) ^ (len & (shortStrings.length - 1));
        String s = shortStrings[slot];
        if (s != null && shortKeys[slot] == key && s.length() == len) {
            return s;
        }
        s = new String(b, from, len, StandardCharsets.ISO_8859_1);
        shortStrings[slot] = s;
        shortKeys[slot] = key;
        return s;
    }

    private void addComponent(String v) {
        if (flatCount == flat.length) {
            flat = Arrays.copyOf(flat, flatCount * 2);
        }
        flat[flatCount++] = v;
    }

    /**
     * Repetition separator: the components of the repetition just ended are copied out. The first
     * repetition's stay in {@link #flat} (they are the element's value); later ones are dropped
     * from it again.
     */
    private void endRepetition() {
        if (repeats == null) {
            repeats = new ArrayList<>(4);
        }
        boolean first = repeats.isEmpty();
        repeats.add(Arrays.copyOfRange(flat, first ? elemStart : repStart, flatCount));
        if (first) {
            repStart = flatCount;
        } else {
            flatCount = repStart;
        }
    }

    private void endElement() {
        if (elemCount == 0) {
            // the tag element: only its first component is used, so it is not copied
            tagValue = repeats != null ? repeats.get(0)[0] : flat[0];
            repeats = null;
            flatCount = 0;
            elemStart = 0;
            elemCount = 1;
            return;
        }
        if (repeats != null) {
            repeats.add(Arrays.copyOfRange(flat, repStart, flatCount));
            flatCount = repStart;
            String[][] all = repeats.toArray(new String[0][]);
            repeats = null;
            repeatMarks.add(elemCount);
            repeatValues.add(all);
        }
        if (elemCount - 1 == ends.length) {
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        ends[elemCount - 1] = flatCount;
        elemCount++;
        elemStart = flatCount;
    }

    private Segment build(int segLine, int segCol) {
        String tag = tagValue.strip();
        tagValue = null;
        int dataElements = elemCount - 1;
        String[] data = Arrays.copyOf(flat, flatCount);
        int[] dataEnds = Arrays.copyOf(ends, dataElements);
        String[][][] reps = null;
        if (!repeatMarks.isEmpty()) {
            reps = new String[dataElements][][];
            for (int i = 0; i < repeatMarks.size(); i++) {
                int e = repeatMarks.get(i) - 1;
                if (e >= 0) {
                    reps[e] = repeatValues.get(i);
                }
            }
            repeatMarks.clear();
            repeatValues.clear();
        }
        return Segment.flat(tag, data, dataEnds, reps, segLine, segCol);
    }

    /**
     * Reads {@code UNA} and its service characters. The advice is delimited by looking for the
     * following {@code UNB}/{@code UNG}/{@code UNH} so that short or padded advices are understood.
     */
    private Segment serviceStringAdvice(int segLine, int segCol) throws IOException {
        ensure(24);
        int avail = limit - pos;
        int next = -1;
        for (int k = 3; k + 3 <= Math.min(avail, 20); k++) {
            if (at(pos + k) == 'U'
                    && at(pos + k + 1) == 'N'
                    && (at(pos + k + 2) == 'B' || at(pos + k + 2) == 'G' || at(pos + k + 2) == 'H')) {
                next = k;
                break;
            }
        }
        String advice;
        int consumed;
        if (next > 0) {
            String raw = copy(pos + 3, next - 3);
            int end = raw.length();
            while (end > 0
                    && (raw.charAt(end - 1) == '\n'
                            || raw.charAt(end - 1) == '\r'
                            || raw.charAt(end - 1) == '\t'
                            || (end > 6 && raw.charAt(end - 1) <= ' '))) {
                end--;
            }
            advice = raw.substring(0, end);
            consumed = next;
        } else {
            int n = Math.min(6, Math.max(avail - 3, 0));
            advice = copy(pos + 3, n);
            consumed = 3 + n;
        }
        for (int i = 0; i < consumed; i++) {
            if (at(pos++) == '\n') {
                newLine();
            }
        }
        Separators s = decode(advice, segLine, segCol);
        if (s.terminator() > 127) {
            s = checkTerminator(s, segLine, segCol);
        }
        useSeparators(s);
        return new Segment("UNA", new String[][] {{advice}}, null, segLine, segCol);
    }

    private Separators decode(String a, int segLine, int segCol) {
        if (a.length() >= 6) {
            if (a.length() > 6) {
                notes.add(new Note(
                        Severity.WARNING,
                        "UNA_LENGTH",
                        "service string advice has " + a.length() + " characters; the first 6 are used",
                        segLine,
                        segCol,
                        "6 characters"));
            }
            return new Separators(
                    a.charAt(0), a.charAt(1), a.charAt(2), none(a.charAt(3)), none(a.charAt(4)), a.charAt(5));
        }
        notes.add(new Note(
                Severity.WARNING,
                "UNA_LENGTH",
                "service string advice has " + a.length() + " characters instead of 6",
                segLine,
                segCol,
                "6 characters"));
        if (a.length() == 5) {
            return new Separators(a.charAt(0), a.charAt(1), '.', none(a.charAt(2)), none(a.charAt(3)), a.charAt(4));
        }
        return Separators.DEFAULT;
    }

    private static int none(char c) {
        return c == ' ' ? -1 : c;
    }

    /**
     * A non-ASCII terminator in UNA that the segments do not use (a smart quote) falls back to '.
     * Judged on the 2048 characters after the advice, however the input arrives in chunks.
     */
    private Separators checkTerminator(Separators s, int segLine, int segCol) throws IOException {
        ensure(2048);
        boolean declaredUsed = false;
        boolean apostropheUsed = false;
        for (int i = pos, end = Math.min(limit, pos + 2048); i < end; i++) {
            if (at(i) == s.terminator()) {
                declaredUsed = true;
            } else if (at(i) == '\'') {
                apostropheUsed = true;
            }
        }
        if (!declaredUsed && apostropheUsed) {
            notes.add(new Note(
                    Severity.WARNING,
                    "UNA_TERMINATOR",
                    "UNA declares segment terminator U+" + String.format(java.util.Locale.ROOT, "%04X", s.terminator())
                            + " but the segments end with '",
                    segLine,
                    segCol,
                    "the terminator the segments use"));
            return new Separators(s.component(), s.element(), s.decimal(), s.release(), s.repetition(), '\'');
        }
        return s;
    }

    private boolean skipBlank() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return false;
            }
            char c = at(pos);
            if (c == '\n') {
                pos++;
                newLine();
            } else if (c <= ' ' || c == 0x7F) {
                pos++;
            } else {
                return true;
            }
        }
    }

    private void newLine() {
        line++;
        lineStart = base + pos;
    }

    private int column() {
        return (int) Math.min(Integer.MAX_VALUE, base + pos - lineStart + 1);
    }

    /** Ensures {@code n} characters are buffered from {@code pos}; false if the input ends first. */
    private boolean ensure(int wanted) throws IOException {
        int n = Math.min(wanted, capacity());
        while (limit - pos < n) {
            if (eof) {
                return false;
            }
            compact();
            int r = readMore();
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        compact();
        while (true) {
            int r = readMore();
            if (r < 0) {
                eof = true;
                return pos < limit;
            }
            if (r > 0) {
                limit += r;
                return true;
            }
        }
    }

    /** Reads input into the window after {@code limit}: the number of characters read, or -1 at the end. */
    private int readMore() throws IOException {
        if (bytes == null) {
            return in.read(buf, limit, buf.length - limit);
        }
        if (bin == null) {
            return -1;
        }
        int r = bin.read(bytes, limit, bytes.length - limit);
        if (r > 0 && utf8 && !ascii(bytes, limit, r)) {
            decodeFromHere(limit + r);
            return in.read(buf, limit, buf.length - limit);
        }
        return r;
    }

    private static boolean ascii(byte[] b, int from, int len) {
        for (int i = from, end = from + len; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Byte mode over UTF-8 input met a byte above 0x7F: the unread bytes of the window (from
     * {@code pos}, all before the new chunk ASCII, so {@code pos} is a character boundary) and the
     * rest of the stream are decoded from here on, in character mode, replacing malformed input
     * as {@link org.mpaka.edifact.EdifactReader#open(InputStream)} always did.
     */
    private void decodeFromHere(int end) {
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(bytes, pos, end - pos), bin);
        in = new InputStreamReader(
                rest,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        buf = new char[bytes.length];
        bytes = null;
        bin = null;
        base += pos;
        pos = 0;
        limit = 0;
    }

    private void compact() {
        if (pos > 0 && bytes != null) {
            System.arraycopy(bytes, pos, bytes, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
    }
}
