package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpaka.edifact.internal.Charsets;

/**
 * The byte paths of the tokenizer (ASCII text in memory, ISO 8859-1 and UTF-8 streams) read exactly
 * what the character path reads: the same segments at the same lines and columns, the same
 * diagnostics, the same {@link NotEdifactException}s. The character path is what {@link
 * EdifactReader#open(Reader)} always uses.
 */
class BytePathEquivalenceTest {

    @Test
    void everyFixtureReadsTheSameThroughEveryPath() throws IOException {
        for (Path p : Corpus.files()) {
            byte[] raw = Files.readAllBytes(p);
            assertSamePaths(p.getFileName().toString(), raw);
        }
    }

    @Test
    void mutatedFixturesReadTheSameThroughEveryPath() throws IOException {
        Random r = new Random(4);
        for (int i = 0; i < 3000; i++) {
            String text = Mutator.mutate(r);
            assertSamePaths("mutation " + i, text.getBytes(StandardCharsets.UTF_8));
            assertSamePaths("mutation " + i + " in Latin-1", text.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void utf8AfterManyAsciiWindowsSwitchesToDecodingWithoutLosingPositions() throws IOException, NotEdifactException {
        StringBuilder b = new StringBuilder("UNA:+.? 'UNB+UNOY:4+A+B+200101:1200+1'UNH+1+PAXLST:D:05B:UN:IATA'\n");
        for (int i = 0; i < 3000; i++) {
            b.append("NAD+FL+++SMITH:JOHN+STREET ").append(i).append("+CITY'\n");
        }
        // a multi-byte character, a lone continuation byte and one cut at the end of the input
        b.append("NAD+FL+++MÜLLER:ЖАННА+Ä\u2019 CITY'\nUNT+3003+1'UNZ+1+1'");
        byte[] raw = b.toString().getBytes(StandardCharsets.UTF_8);
        assertSamePaths("utf-8 late", raw);
        byte[] broken = java.util.Arrays.copyOf(raw, raw.length + 2);
        broken[raw.length] = (byte) 0x80;
        broken[raw.length + 1] = (byte) 0xE2;
        assertSamePaths("utf-8 late, malformed", broken);
        String text = b.toString();
        assertThat(EdifactReader.readAll(text).get(0).segments().get(3000).value(4, 2))
                .isEqualTo("ЖАННА");
    }

    private static void assertSamePaths(String what, byte[] raw) throws IOException {
        Charset cs = Charsets.detect(java.util.Arrays.copyOf(raw, Math.min(raw.length, 8192)));
        String text = new String(raw, cs);
        String expected = read(() -> EdifactReader.open(new StringReader(text)));
        assertThat(read(() -> EdifactReader.of(text))).as(what + " in memory").isEqualTo(expected);
        String decoded = read(() -> EdifactReader.open(new InputStreamReader(
                new ByteArrayInputStream(raw),
                cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))));
        assertThat(read(() -> EdifactReader.open(new ByteArrayInputStream(raw))))
                .as(what + " as a stream")
                .isEqualTo(decoded);
        assertThat(read(() -> EdifactReader.open(new Trickle(new ByteArrayInputStream(raw)))))
                .as(what + " as a stream of small chunks")
                .isEqualTo(decoded);
    }

    interface Opener {
        EdifactReader open() throws NotEdifactException, IOException;
    }

    /** Everything a reader delivers, written out so that two paths can be compared. */
    private static String read(Opener opener) throws IOException {
        List<String> out = new ArrayList<>();
        try (EdifactReader r = opener.open()) {
            for (EdifactMessage m; (m = r.next()) != null; ) {
                out.add("message " + m.reference() + " " + m.type() + " " + m.interchange());
                out.add(m.header() + "@" + m.header().line() + ":" + m.header().column());
                for (Segment s : m.segments()) {
                    out.add(s + "@" + s.line() + ":" + s.column() + " " + s.hashCode());
                    for (int e = 1; e <= s.elementCount(); e++) {
                        for (String[] rep : s.repetitions(e)) {
                            out.add(String.join("|", rep));
                        }
                    }
                }
                m.diagnostics().forEach(d -> out.add(d.toString()));
            }
            r.unattachedDiagnostics().forEach(d -> out.add(d.toString()));
        } catch (NotEdifactException e) {
            out.add("not EDIFACT: " + e.getMessage());
        }
        return String.join("\n", out);
    }

    /** Delivers at most 7 bytes per read, so that every window boundary case comes up. */
    private static final class Trickle extends FilterInputStream {
        Trickle(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return super.read(b, off, Math.min(len, 7));
        }
    }
}
