package org.mpaka.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The smooks D:03B PAXLST gives the values of smooks' own expected XML parse. */
class SmooksPaxlstTest {

    private static Document expected;
    private static EdifactMessage message;
    private static Paxlst paxlst;

    @BeforeAll
    static void read() throws Exception {
        Path dir = Corpus.dir().resolve("smooks");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (InputStream in = Files.newInputStream(dir.resolve(
                "smooks_unedifact_d03b_test_src_test_java_org_milyn_edi_unedifact_d03b_PAXLST_expected_01.xml"))) {
            expected = f.newDocumentBuilder().parse(in);
        }
        message = Corpus.read(dir.resolve(
                        "smooks_unedifact_d03b_test_src_test_java_org_milyn_edi_unedifact_d03b_PAXLST_message_01.edi"))
                .get(0);
        paxlst = Paxlst.from(message);
    }

    private static String xml(String element, int index) {
        return expected.getElementsByTagNameNS("*", element).item(index).getTextContent();
    }

    @Test
    void envelopeValuesEqualTheExpectedXml() {
        Interchange i = message.interchange();
        assertThat(i.syntaxId()).isEqualTo(xml("id", 0));
        assertThat(i.syntaxVersion()).isEqualTo(xml("versionNum", 0));
        assertThat(i.sender()).isEqualTo(xml("id", 1));
        assertThat(i.senderQualifier()).isEqualTo(xml("codeQualifier", 0));
        assertThat(i.recipient()).isEqualTo(xml("id", 2));
        assertThat(i.date()).isEqualTo(xml("date", 0));
        assertThat(i.time()).isEqualTo(xml("time", 0));
        assertThat(i.controlReference()).isEqualTo(xml("controlRef", 0));
        assertThat(i.applicationReference()).isEqualTo(xml("applicationRef", 0));
        assertThat(message.group().recipient()).isEqualTo(xml("id", 4)).isEqualTo("CBP-A+CE-TEST");
        assertThat(message.group().reference()).isEqualTo(xml("groupRef", 0));
        assertThat(message.reference()).isEqualTo(xml("messageRefNum", 0));
        assertThat(message.version()).isEqualTo(xml("versionNum", 2) + ":" + xml("releaseNum", 1));
        assertThat(message.diagnostics()).isEmpty();
    }

    @Test
    void paxlstValuesEqualTheExpectedXml() {
        assertThat(paxlst.documentCode()).isEqualTo(xml("e1001", 0));
        assertThat(paxlst.documentId()).isEqualTo(xml("e1004", 0));
        assertThat(paxlst.references()).containsExactly(new Paxlst.Reference(xml("e1153", 0), xml("e1154", 0)));
        assertThat(paxlst.flights()).singleElement().satisfies(f -> {
            assertThat(f.stage()).isEqualTo(xml("e8051", 0));
            assertThat(f.carrier()).isEqualTo(xml("e3127", 0));
            assertThat(f.stops().get(0).rawTime()).isEqualTo(xml("e2380", 0));
        });
        Paxlst.Person p = paxlst.persons().get(0);
        assertThat(p.role()).isEqualTo(xml("e3035", 0));
        assertThat(p.surname()).isEqualTo(xml("e3036_-_-1", 0));
        assertThat(p.givenNames()).containsExactly(xml("e3036_-_-2", 0));
        assertThat(p.address().street()).isEqualTo(xml("e3042_-_-1", 0)).isEqualTo("11107 SUNSET HILL'S ROAD");
        assertThat(p.address().city()).isEqualTo(xml("e3164", 0));
        assertThat(p.address().region()).isEqualTo(xml("e3229", 0));
        assertThat(p.address().postalCode()).isEqualTo(xml("e3251", 0));
        assertThat(p.sex()).isEqualTo(xml("e9019", 0));
        assertThat(p.birthDate()).hasToString("1935-09-19");
        assertThat(xml("e2380", 1)).isEqualTo("19350919");
        assertThat(p.employment()).isEqualTo(xml("e9003", 0));
        assertThat(p.nationality()).isEqualTo(xml("e3293", 0));
        assertThat(p.documents()).hasSize(2);
        assertThat(p.documents().get(0).type()).isEqualTo(xml("e1001", 1));
        assertThat(p.documents().get(0).number()).isEqualTo(xml("e1004", 1));
        assertThat(p.documents().get(0).places())
                .extracting(Paxlst.Place::code)
                .containsExactly(xml("e3225", 0), xml("e3225", 1));
        assertThat(p.documents().get(0).issuingState()).isEqualTo("US");
        assertThat(p.documents().get(1).type()).isEqualTo(xml("e1001", 2));
        assertThat(p.documents().get(1).number()).isEqualTo(xml("e1004", 2));
        assertThat(p.documents().get(1).issuingState()).isEqualTo(xml("e3225", 2));
    }
}
