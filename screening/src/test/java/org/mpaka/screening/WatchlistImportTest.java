package org.mpaka.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistImportTest {

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(
                    WatchlistImportTest.class.getResource("/watchlists/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsUnConsolidatedXml() throws Exception {
        ImportResult r = WatchlistImport.unConsolidated(fixture("un_consolidated_2018-10-29.xml"));
        // 703 INDIVIDUAL and 390 ENTITY elements in the file
        assertThat(r.list().entries()).hasSize(1093);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.list().version()).startsWith("2018-10-29");
        WatchlistEntry kony = r.list().entries().stream()
                .filter(e -> e.primaryName().equals("JOSEPH KONY"))
                .findFirst()
                .orElseThrow();
        assertThat(kony.kind()).isEqualTo(WatchlistEntry.Kind.PERSON);
        assertThat(kony.birthDates()).isNotEmpty();
        assertThat(r.list().entries())
                .anyMatch(e -> e.names().stream().anyMatch(n -> n.quality() == EntryName.Quality.WEAK));
    }

    @Test
    void importsOfacSdnWithAlternateNamesAndAddresses() throws Exception {
        ImportResult r =
                WatchlistImport.ofacSdn(fixture("ofac_sdn.csv"), fixture("ofac_alt.csv"), fixture("ofac_add.csv"));
        long sdnLines = Files.readAllLines(fixture("ofac_sdn.csv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.matches("^\\d+,.*"))
                .count();
        assertThat(r.list().entries()).hasSize((int) sdnLines);
        WatchlistEntry zawahiri = r.list().entries().stream()
                .filter(e -> e.id().equals("2676"))
                .findFirst()
                .orElseThrow();
        assertThat(zawahiri.names()).hasSizeGreaterThan(3);
        assertThat(zawahiri.birthDates()).contains(new PartialDate(1951, 6, 19));
        assertThat(r.list().entries()).anyMatch(e -> !e.addressCountries().isEmpty());
        assertThat(r.list().entries()).anyMatch(e -> !e.documents().isEmpty());
    }

    @Test
    void snapshotUpdateReportsTheAddedAndRemovedEntries() throws Exception {
        Set<String> before = entNums(fixture("ofac_sdn_2021-08-18.csv"));
        Set<String> after = entNums(fixture("ofac_sdn_2024-05-03.csv"));
        Set<String> added = new HashSet<>(after);
        added.removeAll(before);
        Set<String> removed = new HashSet<>(before);
        removed.removeAll(after);
        assertThat(added).hasSize(6761);
        assertThat(removed).hasSize(879);

        Screener s = new Screener(new NameMatcher());
        s.update(() -> WatchlistImport.read(fixture("ofac_sdn_2021-08-18.csv")).list());
        ListUpdate u = s.update(
                () -> WatchlistImport.read(fixture("ofac_sdn_2024-05-03.csv")).list());
        assertThat(u.added()).hasSize(6761);
        assertThat(u.removed()).hasSize(879);
        assertThat(u.added().size() + u.changed().size() + u.unchanged()).isEqualTo(after.size());
        assertThat(s.current().list().version()).isEqualTo("ofac_sdn_2024-05-03.csv");
        // both snapshots end with a Ctrl-Z after the last record, as OFAC's files do: it ends the
        // file, and is no record to reject
        assertThat(Files.readAllBytes(fixture("ofac_sdn_2024-05-03.csv"))).endsWith(0x1A);
        assertThat(WatchlistImport.read(fixture("ofac_sdn_2024-05-03.csv")).rejects())
                .isEmpty();
        assertThat(WatchlistImport.read(fixture("ofac_sdn_2021-08-18.csv")).rejects())
                .isEmpty();
    }

    @Test
    void aCtrlZEndsAFileOnlyWhenNothingFollowsIt() throws Exception {
        Path csv = tmp.resolve("damaged.csv");
        Files.writeString(
                csv,
                "list,id,kind,category,name\nRW-ALERT,1,person,wanted,Jean Habimana\n\u001A\n"
                        + "RW-ALERT,2,person,wanted,Eric Mugisha\n",
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(csv);
        // the record after it is read, and the Ctrl-Z line is rejected, not the rest of the file lost
        assertThat(r.list().entries()).extracting(WatchlistEntry::key).containsExactly("RW-ALERT:1", "RW-ALERT:2");
        assertThat(r.rejects()).extracting(ImportResult.Reject::location).containsExactly(3L);
    }

    @Test
    void readsFilesThatStartWithAByteOrderMark() throws Exception {
        Path csv = tmp.resolve("bom.csv");
        Files.writeString(
                csv,
                "\uFEFFlist,id,kind,category,name\nRW-ALERT,1,person,wanted,Jean Bosco Habimana\n",
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(csv);
        assertThat(r.rejects()).isEmpty();
        assertThat(r.list().entries()).extracting(WatchlistEntry::key).containsExactly("RW-ALERT:1");
        Path jsonl = tmp.resolve("bom.jsonl");
        Files.writeString(
                jsonl,
                "\uFEFF{\"list\":\"RW-ALERT\",\"id\":\"2\",\"name\":\"Eric Mugisha\"}\n",
                StandardCharsets.UTF_8);
        assertThat(WatchlistImport.detect(jsonl)).isEqualTo(WatchlistImport.Format.JSON_LINES);
        assertThat(WatchlistImport.read(jsonl).list().entries())
                .extracting(WatchlistEntry::key)
                .containsExactly("RW-ALERT:2");
        Path sdn = tmp.resolve("bom_sdn.csv");
        Files.write(
                sdn,
                ("\uFEFF" + Files.readString(fixture("ofac_sdn.csv"), StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(WatchlistImport.detect(sdn)).isEqualTo(WatchlistImport.Format.OFAC_SDN_CSV);
        assertThat(WatchlistImport.read(sdn).rejects()).isEmpty();
    }

    @Test
    void rejectsOfacRowsWithAnotherNumberOfFieldsNamingTheFileAtFault() throws Exception {
        // the addresses file given as the alternate names (6 fields, not 5): every row rejected,
        // none read as an alias (a city is no name)
        ImportResult swapped = WatchlistImport.ofacSdn(fixture("ofac_sdn.csv"), fixture("ofac_add.csv"), null);
        assertThat(swapped.rejects()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).isEqualTo("ofac_add.csv");
            assertThat(r.reason()).isEqualTo("expected 5 fields, found 6");
        });
        // an addresses row with empty remarks is no alternate name either
        Path add = tmp.resolve("add_empty_remarks.csv");
        Files.writeString(add, "36,1,\"123 Main St\",\"Havana\",\"Cuba\",\r\n", StandardCharsets.UTF_8);
        assertThat(WatchlistImport.ofacSdn(fixture("ofac_sdn.csv"), add, null).rejects())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("expected 5 fields, found 6"));
        Path binary = tmp.resolve("alt.bin");
        Files.write(binary, new byte[] {'3', '6', ',', (byte) 0xFF, (byte) 0xFE, '\n'});
        assertThatThrownBy(() -> WatchlistImport.ofacSdn(fixture("ofac_sdn.csv"), binary, null))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageContaining("alt.bin")
                .hasMessageContaining("not valid UTF-8 (line 1)");
        assertThatThrownBy(() -> WatchlistImport.ofacSdn(fixture("ofac_sdn.csv"), null, tmp.resolve("nowhere.csv")))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageContaining("nowhere.csv")
                .hasMessageContaining("no such file");
    }

    @Test
    void readsOfacNationalitiesFromRemarksAndRejectsAnAlternateNameWithoutAName() throws Exception {
        Path sdn = tmp.resolve("sdn.csv");
        // a remark that says citizen thousands of times (read in linear time: it took seconds)
        String many = "citizen A".repeat(50_000) + "!";
        Files.writeString(
                sdn,
                "7,\"HABIMANA, Jean\",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
                        + "\"DOB 1960; nationality Rwanda; citizen Cote d'Ivoire.\"\r\n"
                        + "8,\"UWASE, Alice\",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"" + many + "\"\r\n",
                StandardCharsets.UTF_8);
        Path alt = tmp.resolve("alt.csv");
        Files.writeString(alt, "7,10,\"aka\",-0-,-0-\r\n7,11,\"aka\",\"HABIMANA, J.\",-0-\r\n", StandardCharsets.UTF_8);
        ImportResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> WatchlistImport.ofacSdn(sdn, alt, null));
        assertThat(r.list().entries()).hasSize(2);
        WatchlistEntry jean = r.list().entries().get(0);
        assertThat(jean.nationalities()).containsExactly("Rwanda", "Cote d'Ivoire");
        assertThat(jean.names()).hasSize(2);
        assertThat(r.list().entries().get(1).nationalities()).isEmpty();
        assertThat(r.rejects())
                .extracting(x -> x.source() + ":" + x.location() + " " + x.reason())
                .containsExactly("alt.csv:1 an alternate name without a name");
    }

    @Test
    void unXmlRejectsARepeatedDataIdAndRefusesDeepNestingWithItsException() throws Exception {
        Path twice = tmp.resolve("twice.xml");
        String individual = "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JEAN</FIRST_NAME>"
                + "<SECOND_NAME>HABIMANA</SECOND_NAME></INDIVIDUAL>";
        Files.writeString(
                twice,
                "<CONSOLIDATED_LIST><INDIVIDUALS>" + individual + individual.replace("JEAN", "ERIC")
                        + "</INDIVIDUALS></CONSOLIDATED_LIST>",
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(twice);
        assertThat(r.list().entries())
                .singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("UN:1"));
        assertThat(r.rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly("2 INDIVIDUAL 1: DATAID already used by record 1");
        // a tree deeper than any list: refused with the line, whatever limit the JDK sets itself
        Path deep = tmp.resolve("deep.xml");
        Files.writeString(
                deep,
                "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>"
                        + "<b>".repeat(50_000) + "x" + "</b>".repeat(50_000)
                        + "</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>",
                StandardCharsets.UTF_8);
        String before = System.getProperty("jdk.xml.maxElementDepth");
        System.setProperty("jdk.xml.maxElementDepth", "0"); // no limit of the JDK's own
        try {
            assertThatThrownBy(() -> WatchlistImport.read(deep))
                    .isInstanceOf(WatchlistImportException.class)
                    .hasMessageContaining("deep.xml")
                    .hasMessageContaining("line 1");
        } finally {
            if (before == null) {
                System.clearProperty("jdk.xml.maxElementDepth");
            } else {
                System.setProperty("jdk.xml.maxElementDepth", before);
            }
        }
    }

    /** ent_num of every record, read with a plain regular expression (independent of the importer). */
    private static Set<String> entNums(Path p) throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^(\\d+),\"").matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add("OFAC-SDN:" + m.group(1));
        }
        return out;
    }

    @Test
    void importsTheCsvFormatWithRejectsByLine() throws Exception {
        Path csv = tmp.resolve("national.csv");
        Files.writeString(
                csv,
                String.join(
                        "\n",
                        "list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,valid_from,valid_to",
                        "RW-ALERT,1,person,wanted,Jean Bosco Habimana,Bosco Habimana,,1970-05-01|1971,M,RWA,passport:PC123456:RWA,2024-01-01,",
                        "RW-ALERT,2,person,wanted,,,,,,,,,",
                        "RW-LSD,3,stolen_document,stolen,,,,,,,passport:PC999999:RWA,,",
                        "RW-LSD,4,spaceship,stolen,,,,,,,,,",
                        "RW-ALERT,5,person,wanted,Eric Mugisha,,,not-a-date,,,,,",
                        "RW-ALERT,6,person,wanted,Alice Uwase,,,31 Apr 1960,,,,,"),
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(csv);
        assertThat(r.list().entries())
                .extracting(WatchlistEntry::key)
                .containsExactly("RW-ALERT:1", "RW-LSD:3", "RW-ALERT:5", "RW-ALERT:6");
        assertThat(r.rejects()).extracting(ImportResult.Reject::location).containsExactly(3L, 5L);
        assertThat(r.warnings()).extracting(ImportResult.Reject::location).containsExactly(6L, 7L);
        // a day April does not have: the year and month are kept, with a warning
        assertThat(r.list().entries().get(3).birthDates()).containsExactly(new PartialDate(1960, 4, 0));
        assertThat(r.warnings().get(1).reason()).contains("read as 1960-04");
        WatchlistEntry jean = r.list().entries().get(0);
        assertThat(jean.birthDates()).hasSize(2);
        assertThat(jean.documents())
                .singleElement()
                .satisfies(d -> assertThat(d.number()).isEqualTo("PC123456"));
    }

    @Test
    void importsTheJsonLinesFormat() throws Exception {
        Path jsonl = tmp.resolve("national.jsonl");
        Files.writeString(
                jsonl,
                String.join(
                        "\n",
                        "{\"list\":\"RW-ALERT\",\"id\":\"1\",\"name\":\"Claudine Uwimana\",\"aliases\":[\"Claudine Uwimanna\"],"
                                + "\"birth_dates\":[\"1985\"],\"documents\":[{\"number\":\"1198570012345678\",\"type\":\"ID\","
                                + "\"issuing_state\":\"RWA\"}]}",
                        "{not json",
                        "",
                        "[1,2]",
                        "{\"list\":\"RW-LSD\",\"id\":9,\"kind\":\"lost_document\",\"documents\":[\"passport:PA000111:RWA\"]}"),
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(jsonl);
        assertThat(r.list().entries()).extracting(WatchlistEntry::key).containsExactly("RW-ALERT:1", "RW-LSD:9");
        assertThat(r.rejects()).extracting(ImportResult.Reject::location).containsExactly(2L, 4L);
    }

    @Test
    void jsonLinesKeepNumbersAsWrittenAndRejectValuesThatAreNoText() throws Exception {
        Path jsonl = tmp.resolve("odd.jsonl");
        Files.writeString(
                jsonl,
                String.join(
                        "\n",
                        "{\"list\":\"L\",\"id\":12345678901234567890,\"name\":\"Alice Uwase\"}",
                        "{\"list\":\"L\",\"id\":12345678901234567891,\"name\":\"Eric Mugisha\"}",
                        "{\"list\":\"L\",\"id\":\"3\",\"name\":{\"first\":\"A\"}}",
                        "{\"list\":\"L\",\"id\":\"4\",\"name\":true}",
                        "{\"list\":\"L\",\"id\":\"5\",\"name\":\"\\u+041\"}",
                        "{\"list\":\"L\",\"id\":01,\"name\":\"Bob\"}",
                        // a CR alone is white space inside a line, not a line break
                        "{\"list\":\"L\",\"id\":\"7\",\r\"name\":\"Jean Bosco Habimana\"}",
                        "{\"list\":\"L\",\"id\":\"8\",\"kind\":\"lost_document\",\"documents\":{\"type\":\"passport\"}}",
                        "{\"list\":\"L\",\"id\":\"9\",\"name\":\"Ann\",\"name\":\"Bob\"}",
                        "{\"list\":\"L\",\"id\":\"10\",\"kind\":\"lost_document\",\"documents\":"
                                + "[{\"number\":\"P1\",\"type\":{\"x\":1}}]}",
                        // members other than the fields are the sender's own: not read, whatever their shape
                        "{\"list\":\"L\",\"id\":1e2147483647,\"name\":\"Ann Lee\",\"meta\":{\"src\":\"x\"},\"active\":false}",
                        // 1.50 is read as 1.5; member names are compared in lower case; a member
                        // name warned of once is not warned of again
                        "{\"List\":\"L\",\"ID\":1.50,\"Name\":\"Ann Ray\",\"meta\":1}",
                        "{\"list\":\"L\",\"id\":+2,\"name\":\"Bob\"}"),
                StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.read(jsonl);
        assertThat(r.list().entries())
                .extracting(WatchlistEntry::key)
                .containsExactly("L:12345678901234567890", "L:12345678901234567891", "L:7", "L:1E+2147483647", "L:1.5");
        assertThat(r.rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly(
                        "3 \"name\": expected text or a list of texts, found an object",
                        "4 \"name\": expected text or a list of texts, found true",
                        "5 malformed JSON: bad \\u escape at character 32",
                        "6 malformed JSON: a number may not start with 0 at character 18",
                        "8 \"documents\": a document object needs a \"number\"",
                        "9 malformed JSON: member \"name\" given twice at character 35",
                        "10 \"documents\": a document's \"type\" must be text",
                        "13 malformed JSON: not a value at character 18");
        assertThat(r.warnings())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly(
                        "11 member \"meta\" is not a field of the format: not read",
                        "11 member \"active\" is not a field of the format: not read");
    }

    @Test
    void aCsvHeaderThatCannotBeReadRejectsTheFileByItsFirstLine() throws Exception {
        Path unterminated = tmp.resolve("header.csv");
        Files.writeString(unterminated, "list,id,\"name\nL,1,Alice\n", StandardCharsets.UTF_8);
        ImportResult r = WatchlistImport.csv(unterminated);
        assertThat(r.list().entries()).isEmpty();
        assertThat(r.rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly(
                        "1 the header row: unterminated quoted field 3: its quote on line 1 has no pair, and line 2 was"
                                + " read into it");
        Path odd = tmp.resolve("odd.csv");
        Files.writeString(
                odd,
                "list,id,name,sex,valid_from,valid_to\nL,1,Alice Uwase,Q,,\nL,2,Eric Mugisha,M,2026-01-01,2025-01-01\n",
                StandardCharsets.UTF_8);
        ImportResult o = WatchlistImport.csv(odd);
        assertThat(o.list().entries())
                .singleElement()
                .satisfies(e -> assertThat(e.sex()).isEqualTo(Sex.UNSPECIFIED));
        assertThat(o.warnings())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly("2 sex 'Q' is not M, F or X: read as unspecified");
        assertThat(o.rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly("3 valid_from 2026-01-01 is after valid_to 2025-01-01");
        Path notes = tmp.resolve("notes.csv");
        Files.writeString(
                notes, "list,id,name,notes,notes\nL,1,Alice,\"line one\nline two\",b\n", StandardCharsets.UTF_8);
        ImportResult n = WatchlistImport.csv(notes);
        assertThat(n.list().entries()).hasSize(1); // unknown columns are not read, and said so once
        assertThat(n.warnings())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly("1 column \"notes\" is not a field of the format: not read");
        // a quote missing its pair that another quote closes lines later: the joined lines are named
        Path runaway = tmp.resolve("runaway.csv");
        Files.writeString(
                runaway, "list,id,name\nL,9,\"Multi\nL,10,Line\"\nL,11,Eric Mugisha\n", StandardCharsets.UTF_8);
        ImportResult ra = WatchlistImport.csv(runaway);
        assertThat(ra.list().entries()).extracting(WatchlistEntry::key).containsExactly("L:11");
        assertThat(ra.rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly(
                        "2 field 3 runs over lines 2 to 3 (a quote missing its pair joins the records between)");
        Path twice = tmp.resolve("twice.csv");
        Files.writeString(twice, "list,id,name,Name\nL,1,Alice,\n", StandardCharsets.UTF_8);
        assertThat(WatchlistImport.csv(twice).rejects())
                .extracting(x -> x.location() + " " + x.reason())
                .containsExactly("1 the header row: column \"name\" appears twice");
        // a quote missing its pair: the record it swallows is named, not lost in silence
        Path joined = tmp.resolve("joined.csv");
        Files.writeString(
                joined,
                "list,id,name\nL,1,\"Joseph Kony\nL,2,\"Claudine Uwimana\"\nL,3,Eric Mugisha\n",
                StandardCharsets.UTF_8);
        ImportResult j = WatchlistImport.csv(joined);
        assertThat(j.list().entries()).extracting(WatchlistEntry::key).containsExactly("L:3");
        assertThat(j.rejects()).singleElement().satisfies(x -> {
            assertThat(x.location()).isEqualTo(2L);
            assertThat(x.reason()).contains("quoted from line 2 to line 3");
        });
    }

    @Test
    void unreadableOrMalformedFilesFailWithTheDocumentedException() throws Exception {
        assertThatThrownBy(() -> WatchlistImport.read(tmp.resolve("missing.csv")))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageContaining("missing.csv")
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> WatchlistImport.csv(tmp))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageContaining("a directory");
        Path badXml = tmp.resolve("bad.xml");
        Files.writeString(badXml, "<CONSOLIDATED_LIST>\n<INDIVIDUALS>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WatchlistImport.read(badXml))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageContaining("line 2");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'l', 'i', 's', 't', '\n', 'L', ',', '1', '\n', 'R', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> WatchlistImport.read(latin1))
                .isInstanceOf(WatchlistImportException.class)
                .hasMessageEndingWith("latin1.csv: not valid UTF-8 (line 3)");
    }

    @Test
    void parsersThrowNothingButTheirExceptionOnRandomInput() throws Exception {
        Random r = new Random(2026);
        String alphabet = "ab,\"\n\r|:{}[]<>/=-0 1\\é\u0000xml";
        List<String> seeds = List.of(
                "list,id,name\nL,1,Jean\n",
                "{\"list\":\"L\",\"id\":\"1\",\"name\":\"x\"}\n",
                "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"x\"],\"birthDate\":[\"1970-01\"],"
                        + "\"sanctions\":[{\"schema\":\"Sanction\",\"properties\":{\"startDate\":[\"2001\"]}}]}}\n"
                        + "{\"id\":\"d\",\"schema\":\"Passport\",\"properties\":{\"holder\":[\"p\"],\"number\":[\"A1\"]}}\n",
                "12,\"NAME, A\",individual,SDGT,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1960.\"\n",
                "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME>"
                        + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder(seeds.get(i % seeds.size()));
            for (int k = 0; k < 1 + r.nextInt(8); k++) {
                int pos = r.nextInt(sb.length() + 1);
                if (r.nextBoolean() && sb.length() > 0 && pos < sb.length()) {
                    sb.deleteCharAt(pos);
                } else {
                    sb.insert(pos, alphabet.charAt(r.nextInt(alphabet.length())));
                }
            }
            Path f = tmp.resolve("fuzz" + i);
            Files.writeString(f, sb, StandardCharsets.UTF_8);
            try {
                ImportResult res = WatchlistImport.read(f);
                assertThat(res.list()).isNotNull();
                WatchlistImport.ofacSdn(f, f, f);
            } catch (WatchlistImportException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void screensTheImportedUnListAcrossScripts() throws Exception {
        ImportResult r = WatchlistImport.unConsolidated(fixture("un_consolidated_2018-10-29.xml"));
        ScreeningIndex index = ScreeningIndex.build(r.list(), new NameMatcher());
        List<Hit> hits = index.screen(PersonQuery.ofName("KONY<<JOSEPH"), 3);
        assertThat(hits.get(0).entry().primaryName()).isEqualTo("JOSEPH KONY");
        assertThat(hits.get(0).matchClass()).isEqualTo(MatchClass.STRONG);
        List<Hit> arabic = index.screen(PersonQuery.ofName("عبدالخالق الحوثي"), 3);
        assertThat(arabic.get(0).explanation()).anyMatch(l -> l.contains("romanised"));
    }
}
