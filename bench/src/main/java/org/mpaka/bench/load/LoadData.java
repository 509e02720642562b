package org.mpaka.bench.load;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.mpaka.bench.screening.SyntheticList;
import org.mpaka.mrz.MrzDate;
import org.mpaka.mrz.MrzDocument;
import org.mpaka.mrz.MrzFields;
import org.mpaka.mrz.MrzFormat;
import org.mpaka.mrz.MrzParser;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.mrz.NotAnMrzException;
import org.mpaka.mrz.Sex;
import org.mpaka.screening.DocumentRef;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.ImportResult;
import org.mpaka.screening.MatchClass;
import org.mpaka.screening.NameMatcher;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.ScreeningIndex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;
import org.mpaka.screening.WatchlistImport;
import org.mpaka.screening.WatchlistImportException;

/**
 * Writes the data of the server's load benchmark ({@code bench/load/run.sh}):
 *
 * <ul>
 *   <li>{@code watchlist.csv}: a watchlist in the Mpaka CSV format, by default 100,000 entries: people
 *       from {@link SyntheticList} in list {@code LOAD-ALERT} (one in ten with a passport number) and,
 *       in list {@code LOAD-LSD}, lost and stolen documents (3 % of the entries);
 *   <li>{@code crossings.jsonl}: one body of {@code POST /api/v1/crossings} per line: a valid MRZ
 *       written with {@link MrzWriter} (TD3 passports and TD1 identity cards of Rwandans, Congolese,
 *       Burundians and Ugandans; Ugandans carry passports, since Ugandan identity cards need a visa
 *       at Rusizi II), a direction ({@code RWA-COD} or {@code COD-RWA}), post {@code RUSIZI2},
 *       counter {@code C01}..{@code C04}, its own idempotency key, decision {@code ADMIT} and a
 *       purpose. A share of the bodies (default 30 %) is a traveller seen at least 2,000 bodies
 *       before, with the same document, going back the other way: known travellers, their history
 *       and open stays are looked up as at a real counter.
 * </ul>
 *
 * <p>Travellers never hit the watchlist: their names come from other name pools than the list's,
 * their document numbers from another number range, and every generated traveller is screened with
 * the screening engine against the written list (read back as the server reads it) and dropped if
 * it gets a hit of any class. So every body is a complete crossing that needs no hit disposition.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.mpaka.bench.load.LoadData --out DIR
 * [--entries 100000] [--crossings 150000] [--repeat 0.30] [--seed 20261123]}.
 */
public final class LoadData {

    private static final String[] GIVEN = {
        "Uwera",
        "Iradukunda",
        "Ishimwe",
        "Mutoni",
        "Ineza",
        "Kwizera",
        "Gatete",
        "Mbabazi",
        "Nshuti",
        "Keza",
        "Shema",
        "Irakoze",
        "Ndizeye",
        "Byiringiro",
        "Dusabe",
        "Gisele",
        "Kagabo",
        "Umuhoza",
        "Ingabire",
        "Mapendo",
        "Riziki",
        "Chiza",
        "Akonkwa",
        "Cirhuza",
        "Bisimwa",
        "Bashige",
        "Murhula",
        "Nsimire",
        "Cikuru",
        "Mwavita",
        "Nakato",
        "Babirye",
        "Kato",
        "Nalwoga",
        "Namutebi",
        "Kizza",
        "Atwine",
        "Ahimbisibwe",
        "Kemigisha",
        "Irambona",
        "Nduwayo",
        "Kaneza",
        "Gakiza",
        "Bukuru",
        "Ndabaneze",
        "Rukiya",
        "Odette",
        "Prudence",
        "Leonce",
        "Apollinaire",
        "Scholastique",
        "Anaclet",
        "Espoir",
        "Consolee",
        "Evariste",
        "Modeste"
    };
    private static final String[] FAMILY = {
        "Rukundo",
        "Nsabimana",
        "Ntwari",
        "Hategekimana",
        "Nzeyimana",
        "Mbonyumuvunyi",
        "Rwagasana",
        "Twagirayezu",
        "Bavugamenshi",
        "Gasana",
        "Karangwa",
        "Murekatete",
        "Kasongo",
        "Lukusa",
        "Mulamba",
        "Kabongo",
        "Ngoy",
        "Banza",
        "Mwamba",
        "Cirimwami",
        "Bahizire",
        "Mirindi",
        "Zihindula",
        "Balagizi",
        "Ndikumana",
        "Niyongabo",
        "Nduwimana",
        "Bigirimana",
        "Ndayizeye",
        "Manirakiza",
        "Ssemakula",
        "Mukasa",
        "Ssekandi",
        "Tumusiime",
        "Byaruhanga",
        "Kasirye",
        "Lubega",
        "Ssewanyana",
        "Kyomuhendo",
        "Twinomujuni",
        "Akankwasa",
        "Rwakatare",
        "Bakunzi",
        "Safari",
        "Shukuru",
        "Birindwa",
        "Rusimbi"
    };
    private static final String[] NATIONALITY = {"RWA", "COD", "BDI", "UGA"};
    private static final String[] PURPOSE = {"TRADE", "WORK", "FAMILY", "HEALTH", "STUDY", "TOURISM", "TRANSIT", "OTHER"
    };
    private static final int REPEAT_DISTANCE = 2000;

    private LoadData() {}

    /** One person at the border with one document. */
    record Traveller(String mrz, String lastDirection) {}

    public static void main(String[] args) throws IOException, WatchlistImportException {
        Map<String, String> opt = options(args);
        Path out = Path.of(opt.getOrDefault("out", "bench/load/data"));
        int entries = Integer.parseInt(opt.getOrDefault("entries", "100000"));
        int crossings = Integer.parseInt(opt.getOrDefault("crossings", "150000"));
        double repeat = Double.parseDouble(opt.getOrDefault("repeat", "0.30"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "20261123"));
        if (entries < 100 || crossings < 1 || repeat < 0 || repeat >= 1) {
            throw new IllegalArgumentException("need --entries >= 100, --crossings >= 1, 0 <= --repeat < 1");
        }
        Files.createDirectories(out);
        Path csv = out.resolve("watchlist.csv");
        long t0 = System.nanoTime();
        writeWatchlist(csv, entries, seed);
        ImportResult read = WatchlistImport.csv(csv);
        if (!read.rejects().isEmpty() || read.list().entries().size() != entries) {
            throw new IllegalStateException("the written list does not read back cleanly: " + read.summary());
        }
        ScreeningIndex index = ScreeningIndex.build(read.list(), new NameMatcher());
        System.err.printf(
                Locale.ROOT, "watchlist: %d entries in %s (%.1f s)%n", entries, csv, (System.nanoTime() - t0) / 1e9);
        writeCrossings(out.resolve("crossings.jsonl"), crossings, repeat, seed, index);
        System.err.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    // --- the watchlist ---

    static void writeWatchlist(Path file, int entries, long seed) throws IOException {
        int documents = Math.max(1, entries * 3 / 100);
        int people = entries - documents;
        Watchlist synthetic = SyntheticList.generate(people, seed);
        Random r = new Random(seed + 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("list,id,kind,category,name,aliases,weak_aliases,birth_dates,sex,nationalities,documents,"
                    + "valid_from,valid_to\n");
            for (WatchlistEntry e : synthetic.entries()) {
                List<String> aliases = new ArrayList<>();
                List<String> weak = new ArrayList<>();
                for (EntryName n : e.names().subList(1, e.names().size())) {
                    (n.quality() == EntryName.Quality.WEAK ? weak : aliases).add(n.name());
                }
                String doc = r.nextInt(10) == 0
                        ? "passport:" + watchlistNumber(r) + ":"
                                + (e.nationalities().isEmpty()
                                        ? ""
                                        : e.nationalities().get(0))
                        : "";
                row(
                        w,
                        "LOAD-ALERT",
                        e.id(),
                        "person",
                        r.nextBoolean() ? "wanted" : "immigration alert",
                        e.primaryName(),
                        String.join("|", aliases),
                        String.join("|", weak),
                        e.birthDates().stream()
                                .map(PartialDate::toString)
                                .reduce((a, b) -> a + "|" + b)
                                .orElse(""),
                        switch (e.sex()) {
                            case MALE -> "M";
                            case FEMALE -> "F";
                            default -> "";
                        },
                        String.join("|", e.nationalities()),
                        doc,
                        "",
                        "");
            }
            for (int i = 0; i < documents; i++) {
                String kind = r.nextInt(3) == 0 ? "lost_document" : "stolen_document";
                String type = r.nextBoolean() ? "passport" : "national_id";
                row(
                        w,
                        "LOAD-LSD",
                        Integer.toString(i),
                        kind,
                        kind.startsWith("lost") ? "lost" : "stolen",
                        "",
                        "",
                        "",
                        "",
                        "",
                        "",
                        type + ":" + watchlistNumber(r) + ":" + NATIONALITY[r.nextInt(NATIONALITY.length)],
                        "",
                        "");
            }
        }
    }

    /** Listed document numbers: {@code W} and eight digits (travellers' numbers never start with W). */
    private static String watchlistNumber(Random r) {
        return String.format(Locale.ROOT, "W%08d", r.nextInt(100_000_000));
    }

    private static void row(BufferedWriter w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields[i];
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                w.write('"' + f.replace("\"", "\"\"") + '"');
            } else {
                w.write(f);
            }
        }
        w.write('\n');
    }

    // --- the crossings ---

    static void writeCrossings(Path file, int count, double repeat, long seed, ScreeningIndex index)
            throws IOException {
        Random r = new Random(seed + 2);
        MrzParser parser = MrzParser.standard();
        List<Traveller> seen = new ArrayList<>();
        int newNeeded = 0;
        // decide first which bodies are repeats, so new travellers can be generated (and screened) in parallel
        boolean[] isRepeat = new boolean[count];
        for (int i = 0; i < count; i++) {
            isRepeat[i] = i >= REPEAT_DISTANCE && r.nextDouble() < repeat;
            if (!isRepeat[i]) {
                newNeeded++;
            }
        }
        long t0 = System.nanoTime();
        int[] dropped = {0};
        // candidates are generated deterministically from their own seed; the ones with a hit are dropped
        int batch = newNeeded + newNeeded / 10 + 100;
        List<Traveller> fresh = new ArrayList<>(newNeeded);
        int next = 0;
        while (fresh.size() < newNeeded) {
            int from = next;
            Traveller[] made = IntStream.range(from, from + batch)
                    .parallel()
                    .mapToObj(k -> candidate(k, seed, parser, index))
                    .toArray(Traveller[]::new);
            for (Traveller t : made) {
                if (t == null) {
                    dropped[0]++;
                } else if (fresh.size() < newNeeded) {
                    fresh.add(t);
                }
            }
            next += batch;
            batch = Math.max(100, (newNeeded - fresh.size()) * 2);
        }
        System.err.printf(
                Locale.ROOT,
                "travellers: %d new ones screened clean, %d candidates dropped for a watchlist hit (%.1f s)%n",
                fresh.size(),
                dropped[0],
                (System.nanoTime() - t0) / 1e9);
        int fresher = 0;
        int repeats = 0;
        Map<String, Integer> byFormat = new HashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Traveller t;
                String direction;
                if (isRepeat[i]) {
                    int pick = r.nextInt(Math.max(1, seen.size() - REPEAT_DISTANCE));
                    Traveller before = seen.get(pick);
                    direction = before.lastDirection().equals("RWA-COD") ? "COD-RWA" : "RWA-COD";
                    t = new Traveller(before.mrz(), direction);
                    seen.set(pick, t);
                    repeats++;
                } else {
                    Traveller f = fresh.get(fresher++);
                    t = f;
                    direction = f.lastDirection();
                    seen.add(t);
                }
                byFormat.merge(t.mrz().length() == 89 ? "TD3" : "TD1", 1, Integer::sum);
                w.write("{\"idempotencyKey\":\"load-" + seed + "-" + i
                        + "\",\"postCode\":\"RUSIZI2\",\"counterCode\":\"C0"
                        + (1 + r.nextInt(4)) + "\",\"direction\":\"" + direction + "\",\"mrz\":\""
                        + t.mrz().replace("\n", "\\n") + "\",\"decision\":\"ADMIT\",\"purpose\":\""
                        + PURPOSE[r.nextInt(PURPOSE.length)] + "\"}\n");
            }
        }
        System.err.printf(
                Locale.ROOT,
                "crossings: %d bodies in %s: %d new travellers, %d repeats; documents %s%n",
                count,
                file,
                fresher,
                repeats,
                byFormat);
    }

    /**
     * The k-th candidate traveller (the same k and seed always give the same one), or null when the
     * screening engine finds any hit for them in the list.
     */
    static Traveller candidate(int k, long seed, MrzParser parser, ScreeningIndex index) {
        Random r = new Random(seed * 31 + k);
        String nationality = NATIONALITY[r.nextInt(NATIONALITY.length)];
        boolean passport = nationality.equals("UGA") || r.nextInt(5) < 2;
        String family = FAMILY[r.nextInt(FAMILY.length)];
        String given = GIVEN[r.nextInt(GIVEN.length)] + (r.nextInt(3) == 0 ? " " + GIVEN[r.nextInt(GIVEN.length)] : "");
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(55 * 365));
        LocalDate expiry = LocalDate.now().plusDays(60 + r.nextInt(3000));
        // numbers: a letter other than W, then digits; the index k makes them unique
        String number = (passport ? "P" : "I") + String.format(Locale.ROOT, "%08d", k);
        MrzDocument d = new MrzDocument(
                passport ? MrzFormat.TD3 : MrzFormat.TD1,
                passport ? "P" : "ID",
                nationality,
                family,
                given,
                number,
                nationality,
                MrzDate.of(birth),
                r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                MrzDate.of(expiry),
                "",
                "");
        String mrz = MrzWriter.write(d);
        MrzFields f;
        try {
            var parsed = parser.parse(mrz);
            if (!parsed.valid()) {
                throw new IllegalStateException("generated an invalid MRZ: " + mrz);
            }
            f = parsed.fields();
        } catch (NotAnMrzException e) {
            throw new IllegalStateException("generated an unreadable MRZ: " + mrz, e);
        }
        // the query the server's CrossingChecks builds from the captured document
        PersonQuery q = new PersonQuery(
                "",
                f.secondaryIdentifier(),
                f.primaryIdentifier(),
                PartialDate.parse(f.birthDate().iso()).orElse(null),
                f.sex() == Sex.MALE
                        ? org.mpaka.screening.Sex.MALE
                        : f.sex() == Sex.FEMALE ? org.mpaka.screening.Sex.FEMALE : org.mpaka.screening.Sex.UNSPECIFIED,
                f.nationality(),
                List.of(new DocumentRef(f.documentNumber(), passport ? "passport" : "national_id", f.issuingState())));
        boolean hit = index.screen(q, 10).stream().anyMatch(h -> h.matchClass() != MatchClass.NONE);
        if (hit) {
            return null;
        }
        return new Traveller(mrz, r.nextBoolean() ? "RWA-COD" : "COD-RWA");
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "usage: LoadData --out DIR [--entries N] [--crossings N] [--repeat F] [--seed N]; bad: "
                                + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
