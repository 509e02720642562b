package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Csv.Row> read(String text) throws IOException {
        return Csv.read(new StringReader(text));
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<Csv.Row> rows = read("\uFEFFid,name\r\n1,\"HABIMANA, Jean \"\"Bosco\"\"\"\r\n\r\n2,\"two\nlines\" ,x\n");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1L, 2L, 4L);
        assertThat(rows).extracting(Csv.Row::error).containsOnlyNulls();
        assertThat(rows.get(0).fields()).containsExactly("id", "name");
        assertThat(rows.get(1).fields()).containsExactly("1", "HABIMANA, Jean \"Bosco\"");
        // spaces after a closing quote are no data
        assertThat(rows.get(2).fields()).containsExactly("2", "two\nlines", "x");
    }

    @Test
    void aQuoteMissingItsPairMarksTheRecordItJoinsAndNamesTheLines() throws IOException {
        // the quote opened on line 1 is closed by the first quote of line 2: the two records are
        // one field, which must not be taken as a name
        List<Csv.Row> rows = read("1,\"JOSEPH KONY,-0-\n2,\"CLAUDINE UWIMANA\",-0-\n3,\"OK\",-0-\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(1);
        assertThat(rows.get(0).error())
                .isEqualTo("text ('C') after the closing quote of field 2, quoted from line 1 to line 2"
                        + " (a quote missing its pair joins the lines between)");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).error()).isNull();
        assertThat(rows.get(1).fields()).containsExactly("3", "OK", "-0-");
    }

    @Test
    void textAfterAClosingQuoteIsAnErrorOfItsRecordOnly() throws IOException {
        List<Csv.Row> rows = read("1,\"AB\"CD,x\n2,\"AB\"\u00A0,y\n3,ok,z\n");
        assertThat(rows)
                .extracting(Csv.Row::error)
                .containsExactly(
                        "text ('C') after the closing quote of field 2",
                        "text (U+00A0) after the closing quote of field 2",
                        null);
        assertThat(rows.get(0).fields()).containsExactly("1", "ABCD", "x");
    }

    @Test
    void quotesInsideAFieldAndSpacesBeforeAnOpeningQuoteAreRead() throws IOException {
        List<Csv.Row> rows = read("1,Joaquin \"El Chapo\" Guzman,O\"Brien\n2, \"Smith, Anna\" ,x\n");
        assertThat(rows).extracting(Csv.Row::error).containsOnlyNulls();
        assertThat(rows.get(0).fields()).containsExactly("1", "Joaquin \"El Chapo\" Guzman", "O\"Brien");
        assertThat(rows.get(1).fields()).containsExactly("2", "Smith, Anna", "x");
    }

    @Test
    void anUnterminatedQuoteNamesTheLinesReadIntoIt() throws IOException {
        List<Csv.Row> rows = read("list,id,name\nL,1,\"Ann Lee\nL,2,Bob Lee\nL,3,Cy Lee\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).error())
                .isEqualTo("unterminated quoted field 3: its quote on line 2 has no pair, and lines 3 to 4 were"
                        + " read into it");
        assertThat(read("a,\"b\r\n").get(0).error()).isEqualTo("unterminated quoted field 2");
        // a quote after a closing quote and a space is no doubled quote
        assertThat(read("L,\"Bob\" \"Jones\",x\n").get(0).error())
                .isEqualTo("text (a quote) after the closing quote of field 2");
        assertThat(read("1,\"a\"\n2,b,\n\"x").get(2).error()).isEqualTo("unterminated quoted field 1");
    }

    @Test
    void aFinalCtrlZIsTheEndOfTheFile() throws IOException {
        assertThat(read("1,a\n\u001A")).hasSize(1);
        assertThat(read("1,a\n\u001A\n2,b\n")).hasSize(3);
    }

    @Test
    void writesFieldsThatReadBackTheSame() throws IOException {
        List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "two\nlines", "");
        assertThat(read(Csv.line(fields) + "\n").get(0).fields()).isEqualTo(fields);
    }
}
