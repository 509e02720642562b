package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdifactReaderTest {

    private static final String PAX = "UNH+%s+PAXLST:D:05B:UN:IATA'BGM+745'NAD+FL+++DOE:JANE'UNT+4+%s'";

    private static String interchange(String ref, String... messages) {
        StringBuilder b = new StringBuilder("UNB+UNOA:4+AIR+GOV+240101:1200+" + ref + "'");
        for (String m : messages) {
            b.append(PAX.formatted(m, m));
        }
        return b.append("UNZ+")
                .append(messages.length)
                .append('+')
                .append(ref)
                .append("'")
                .toString();
    }

    @Test
    void readsSeveralMessagesAndInterchangesInOrder() throws Exception {
        List<EdifactMessage> msgs =
                EdifactReader.readAll(interchange("I1", "M1", "M2") + "\r\n" + interchange("I2", "M3"));

        assertThat(msgs).extracting(EdifactMessage::reference).containsExactly("M1", "M2", "M3");
        assertThat(msgs).extracting(m -> m.interchange().controlReference()).containsExactly("I1", "I1", "I2");
        assertThat(msgs).allSatisfy(m -> assertThat(m.diagnostics()).isEmpty());
    }

    @Test
    void appliesNonStandardUnaSeparatorsAndTheReleaseCharacter() throws Exception {
        String edi = "UNA!*,#~|UNB*UNOA!4*AIR*GOV*240101!1200*1|UNH*1*PAXLST!D!05B!UN|"
                + "NAD*FL***O#*BRIEN!JANE#|ANN|UNT*3*1|UNZ*1*1|";

        EdifactMessage m = EdifactReader.readAll(edi).get(0);

        assertThat(m.interchange().separators().terminator()).isEqualTo('|');
        Segment nad = m.segments().get(0);
        assertThat(nad.value(4, 1)).isEqualTo("O*BRIEN");
        assertThat(nad.value(4, 2)).isEqualTo("JANE|ANN");
        assertThat(m.diagnostics()).isEmpty();
    }

    @Test
    void splitsRepetitionsWhenUnaDeclaresARepetitionSeparator() throws Exception {
        String edi = "UNA:+.?*'UNB+UNOA:4+AIR+GOV+240101:1200+1'UNH+1+PAXLST:D:05B:UN'"
                + "COM+111:TE*222:FX'UNT+3+1'UNZ+1+1'";

        Segment com = EdifactReader.readAll(edi).get(0).segments().get(0);

        assertThat(com.repetitions(1)).hasDimensions(2, 2);
        assertThat(com.repetitions(1)[1]).containsExactly("222", "FX");
        assertThat(com.value(1, 1)).isEqualTo("111");
    }

    @Test
    void keepsAsteriskAsDataWithoutUnaBecauseUsSendersUseIt() throws Exception {
        String edi = "UNB+UNOA:4+APIS*ABE+USADHS+240101:1200+1'UNH+1+PAXLST:D:05B:UN'UNT+2+1'UNZ+1+1'";

        assertThat(EdifactReader.readAll(edi).get(0).interchange().sender()).isEqualTo("APIS*ABE");
    }

    @Test
    void skipsTeletypeAddressingStxEtxAndLineBreaks() throws Exception {
        String edi = "QU HDQCH2X\r\n.HDQRMLH 010203\r\n\u0002"
                + interchange("1", "M1").replace("'", "'\r\n  ") + "\u0003";

        EdifactMessage m = EdifactReader.readAll(edi).get(0);

        assertThat(m.segments()).extracting(Segment::tag).containsExactly("BGM", "NAD");
        assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("LEADING_TEXT");
    }

    @Test
    void aMessageWithoutUntIsReportedAndTheNextOneStillRead() throws Exception {
        String edi = "UNB+UNOA:4+AIR+GOV+240101:1200+X'UNH+M1+PAXLST:D:05B:UN'BGM+745'" + PAX.formatted("M2", "M2")
                + "UNZ+2+X'";

        List<EdifactMessage> msgs = EdifactReader.readAll(edi);

        assertThat(msgs).hasSize(2);
        assertThat(msgs.get(0).diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("UNT_MISSING");
            assertThat(d.isError()).isTrue();
            assertThat(d.interchangeRef()).isEqualTo("X");
            assertThat(d.messageRef()).isEqualTo("M1");
            assertThat(d.segmentNumber()).isEqualTo(3);
            assertThat(d.column()).isEqualTo(65); // the UNH that interrupted it
        });
        assertThat(msgs.get(1).diagnostics()).isEmpty();
    }

    @Test
    void reportsWrongUnzCountOnTheLastMessage() throws Exception {
        String edi = interchange("1", "M1").replace("UNZ+1+1", "UNZ+5+1");

        EdifactMessage m = EdifactReader.readAll(edi).get(0);

        assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("UNZ_COUNT_MISMATCH");
    }

    @Test
    void reportsInvalidTagsAndKeepsTheSegment() throws Exception {
        String edi = "UNB+UNOA:4+AIR+GOV+240101:1200+1'UNH+1+PAXLST:D:05B:UN'ba d+1'UNT+3+1'UNZ+1+1'";

        EdifactMessage m = EdifactReader.readAll(edi).get(0);

        assertThat(m.segments()).hasSize(1);
        assertThat(m.diagnostics()).extracting(Diagnostic::code).containsExactly("INVALID_TAG");
    }

    @Test
    void throwsNotEdifactForOtherText() {
        assertThatThrownBy(() -> EdifactReader.readAll("<env:UNB xmlns=\"x\">hello</env:UNB>"))
                .isInstanceOf(NotEdifactException.class)
                .hasMessageContaining("no UNA, UNB or UNH");
    }

    @Test
    void readsTheCharacterSetNamedInUnb() throws Exception {
        String edi = "UNB+UNOC:3+AIR+GOV+240101:1200+1'UNH+1+PAXLST:D:05B:UN'NAD+FL+++MÜLLER'UNT+3+1'UNZ+1+1'";
        byte[] latin1 = edi.getBytes(StandardCharsets.ISO_8859_1);

        try (EdifactReader r = EdifactReader.open(new java.io.ByteArrayInputStream(latin1))) {
            assertThat(r.next().segments().get(0).value(4, 1)).isEqualTo("MÜLLER");
        }
    }

    @Test
    void deliversTheFirstMessageBeforeTheInputEnds() throws Exception {
        Reader endless = new Reader() {
            private final String chunk = PAX.formatted("M", "M");
            private long served;
            private int at;

            @Override
            public int read(char[] buf, int off, int len) {
                String head = "UNB+UNOA:4+AIR+GOV+240101:1200+1'";
                int n = 0;
                while (n < len) {
                    String src = served < head.length() ? head : chunk;
                    int idx = served < head.length() ? (int) served : at;
                    buf[off + n++] = src.charAt(idx);
                    served++;
                    if (served > head.length()) {
                        at = (at + 1) % chunk.length();
                    }
                }
                return n;
            }

            @Override
            public void close() {}
        };

        try (EdifactReader r = EdifactReader.open(endless)) {
            for (int i = 0; i < 1000; i++) {
                assertThat(r.next().reference()).isEqualTo("M");
            }
        }
    }

    @Test
    void writesSegmentsBackWithReleaseCharacters() {
        Segment s = Segment.of(
                "NAD", new String[] {"FL"}, new String[] {}, new String[] {}, new String[] {"O'NEIL", "A+B"});

        assertThat(s.toEdifact(Separators.DEFAULT)).isEqualTo("NAD+FL+++O?'NEIL:A?+B'");
    }
}
