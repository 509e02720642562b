package org.mpaka.bench.screening;

import static org.mpaka.bench.screening.NamePools.list;
import static org.mpaka.bench.screening.NamePools.pick;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mpaka.bench.screening.NamePools.Tradition;
import org.mpaka.mrz.MrzWriter;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;

/**
 * Deterministic generator of a watchlist of people with realistic, varied names, and of queries that
 * present a listed person the way a traveller turns up at a counter or in airline data.
 *
 * <p><b>The list.</b> Each person belongs to a naming tradition ({@link Tradition}: Kinyarwanda and
 * Kirundi, Congolese with postnom, Kenyan, Ugandan and Tanzanian, Somali and Arabic name chains,
 * French, English, Russian and Ukrainian with patronymics, Chinese in pinyin) and gets a name built
 * the way that tradition builds names, from pools where common names are frequent and rare ones occur
 * (see {@link NamePools}). The listed name is written as lists write it: {@code FAMILY, Given},
 * {@code Given Family} or {@code FAMILY Given}. One person in four has an alias (another spelling, or
 * a weak nickname such as a kunya). Birth dates on the list are full for two thirds of entries, the
 * year only or missing for the rest; sex and nationality are sometimes missing.
 *
 * <p><b>The queries.</b> A query starts from the person's real name (or, sometimes, from a listed
 * alias) and applies zero to two of the variations seen in practice: another romanisation or
 * spelling from the person's tradition (Maxamed / Mohamed, Iwanow / Ivanov, Hsiao-ming / Xiaoming,
 * Habyalimana / Habyarimana), a keying error, a missing or extra given name, a compound name
 * written together or apart, a middle name as an initial, a short form (Bill / William). It is then
 * written as an MRZ would hold it (family name first, {@code <} separators, 39 characters at most),
 * typed in either order, or given as separate family and given names. Most queries carry the
 * traveller's full birth date, sex and nationality, as an MRZ or airline data does; some do not.
 */
public final class SyntheticList {

    private final Watchlist watchlist;
    private final Person[] people;

    /** One listed person, as they really are (the list may hold less). */
    private record Person(
            Tradition tradition,
            boolean female,
            List<String> given,
            List<String> family,
            PartialDate birthDate,
            String nationality) {}

    private SyntheticList(Watchlist watchlist, Person[] people) {
        this.watchlist = watchlist;
        this.people = people;
    }

    /** A list of {@code size} people; the same seed always gives the same list. */
    public static SyntheticList create(int size, long seed) {
        Random r = new Random(seed);
        int[] cumulative = new int[Tradition.values().length];
        int sum = 0;
        for (Tradition t : Tradition.values()) {
            sum += t.weight;
            cumulative[t.ordinal()] = sum;
        }
        List<WatchlistEntry> entries = new ArrayList<>(size);
        Person[] people = new Person[size];
        for (int i = 0; i < size; i++) {
            int x = r.nextInt(sum);
            Tradition t = Tradition.values()[0];
            for (Tradition candidate : Tradition.values()) {
                if (x < cumulative[candidate.ordinal()]) {
                    t = candidate;
                    break;
                }
            }
            Person p = person(t, r);
            people[i] = p;
            entries.add(entry(i, p, r));
        }
        return new SyntheticList(new Watchlist("synthetic-" + size + "-" + seed, entries), people);
    }

    /**
     * Prints a sample: {@code java -cp bench/target/benchmarks.jar
     * org.mpaka.bench.screening.SyntheticList [count]} shows listed names and one query for each.
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        SyntheticList synthetic = create(Math.max(count, 1), 20261123L);
        Random r = new Random(99);
        for (int i = 0; i < count; i++) {
            WatchlistEntry e = synthetic.watchlist().entries().get(i);
            PersonQuery q = synthetic.vary(i, r);
            System.out.printf(
                    Locale.ROOT,
                    "%-45s %-22s | %-40s %s %s %s%n",
                    e.names().stream()
                            .map(EntryName::name)
                            .reduce((a, b) -> a + " / " + b)
                            .orElse(""),
                    e.birthDates(),
                    q.fullName().isEmpty() ? q.familyName() + " | " + q.givenNames() : q.fullName(),
                    q.birthDate(),
                    q.sex(),
                    q.nationality());
        }
    }

    /** The list alone, for callers that need no queries. */
    public static Watchlist generate(int size, long seed) {
        return create(size, seed).watchlist();
    }

    /** The generated list. */
    public Watchlist watchlist() {
        return watchlist;
    }

    /**
     * The same list with every person's primary name written {@code FAMILY, Given}, as OFAC writes
     * all its names (the list itself writes two in five so, and no Chinese name).
     */
    public Watchlist watchlistFamilyMarked() {
        List<WatchlistEntry> out = new ArrayList<>(people.length);
        for (int i = 0; i < people.length; i++) {
            WatchlistEntry e = watchlist.entries().get(i);
            Person p = people[i];
            List<EntryName> names = new ArrayList<>(e.names());
            names.set(
                    0,
                    new EntryName(
                            String.join(" ", p.family).toUpperCase(Locale.ROOT) + ", " + String.join(" ", p.given),
                            EntryName.Quality.PRIMARY));
            out.add(new WatchlistEntry(
                    e.list(),
                    e.id(),
                    e.kind(),
                    e.category(),
                    names,
                    e.birthDates(),
                    e.sex(),
                    e.nationalities(),
                    e.documents(),
                    e.addressCountries(),
                    e.validFrom(),
                    e.validTo()));
        }
        return new Watchlist(watchlist.version() + "-family-marked", out);
    }

    /** The naming tradition of listed person {@code index}. */
    public String tradition(int index) {
        return people[index].tradition.name();
    }

    /** Number of listed people. */
    public int size() {
        return people.length;
    }

    private static Person person(Tradition t, Random r) {
        boolean female = r.nextInt(4) == 0;
        int year = 1945 + r.nextInt(62);
        PartialDate dob = new PartialDate(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        String nat = nationality(t, r);
        return switch (t) {
            case GREAT_LAKES -> {
                String[] pool = female ? NamePools.RW_GIVEN_FEMALE : NamePools.RW_GIVEN_MALE;
                String second = r.nextInt(4) == 0 ? pick(pool, r) : null;
                yield new Person(t, female, list(pick(pool, r), second), list(NamePools.rwandan(r)), dob, nat);
            }
            case CONGO -> {
                // nom, postnom, prénom
                String[] pool = female ? NamePools.CD_GIVEN_FEMALE : NamePools.CD_GIVEN_MALE;
                String postnom = r.nextInt(3) > 0 ? NamePools.congolese(r) : null;
                yield new Person(t, female, list(pick(pool, r)), list(NamePools.congolese(r), postnom), dob, nat);
            }
            case EAST_AFRICA -> {
                String[] pool = female ? NamePools.EA_GIVEN_FEMALE : NamePools.EA_GIVEN_MALE;
                String second = r.nextInt(3) == 0 ? pick(pool, r) : null;
                yield new Person(
                        t, female, list(pick(pool, r), second), list(NamePools.eastAfrican(r, female)), dob, nat);
            }
            case SOMALI -> {
                // own name, father's, grandfather's
                String own = pick(female ? NamePools.SO_FEMALE : NamePools.SO_MALE, r);
                String father = pick(NamePools.SO_MALE, r);
                String grandfather = pick(NamePools.SO_MALE, r);
                yield new Person(t, female, list(own, father), list(grandfather), dob, nat);
            }
            case ARABIC -> {
                String own = pick(female ? NamePools.AR_FEMALE : NamePools.AR_MALE, r);
                String father = pick(NamePools.AR_MALE, r);
                String grandfather = r.nextBoolean() ? pick(NamePools.AR_MALE, r) : null;
                String family = grandfather == null || r.nextBoolean() ? pick(NamePools.AR_FAMILY, r) : null;
                List<String> given = list(own, father, family == null ? null : grandfather);
                yield new Person(t, female, given, list(family == null ? grandfather : family), dob, nat);
            }
            case FRENCH -> {
                String[] pool = female ? NamePools.FR_GIVEN_FEMALE : NamePools.FR_GIVEN_MALE;
                String second = r.nextInt(3) == 0 ? pick(pool, r) : null;
                String family =
                        pick(NamePools.FR_FAMILY, r) + (r.nextInt(12) == 0 ? "-" + pick(NamePools.FR_FAMILY, r) : "");
                yield new Person(t, female, list(pick(pool, r), second), list(family), dob, nat);
            }
            case ENGLISH -> {
                String[] pool = female ? NamePools.EN_GIVEN_FEMALE : NamePools.EN_GIVEN_MALE;
                String middle = r.nextBoolean() ? pick(pool, r) : null;
                yield new Person(t, female, list(pick(pool, r), middle), list(pick(NamePools.EN_FAMILY, r)), dob, nat);
            }
            case SLAVIC -> {
                String own = pick(female ? NamePools.SL_GIVEN_FEMALE : NamePools.SL_GIVEN_MALE, r);
                String patronymic =
                        r.nextInt(5) < 3 ? NamePools.patronymic(pick(NamePools.SL_GIVEN_MALE, r), female) : null;
                yield new Person(t, female, list(own, patronymic), list(NamePools.slavic(r, female)), dob, nat);
            }
            case CHINESE ->
                new Person(t, female, list(NamePools.chineseGiven(r)), list(pick(NamePools.ZH_FAMILY, r)), dob, nat);
        };
    }

    private static WatchlistEntry entry(int i, Person p, Random r) {
        List<EntryName> names = new ArrayList<>(2);
        names.add(new EntryName(listed(p.given, p.family, p.tradition, r), EntryName.Quality.PRIMARY));
        int alias = r.nextInt(8);
        if (alias == 0) {
            List<String> given = new ArrayList<>(p.given);
            List<String> family = new ArrayList<>(p.family);
            respell(p.tradition, r.nextBoolean() ? given : family, r);
            names.add(new EntryName(listed(given, family, p.tradition, r), EntryName.Quality.STRONG));
        } else if (alias == 1) {
            names.add(new EntryName(nickname(p, r), EntryName.Quality.WEAK));
        }
        int d = r.nextInt(20);
        List<PartialDate> dates;
        if (d < 13) {
            dates = List.of(p.birthDate);
        } else if (d < 17) {
            dates = List.of(new PartialDate(p.birthDate.year(), 0, 0));
        } else if (d < 18) {
            // lists often give "circa" years: the listed year is one off and a second date is given
            dates = List.of(
                    new PartialDate(p.birthDate.year() - 1, 0, 0), new PartialDate(p.birthDate.year() + 1, 0, 0));
        } else {
            dates = List.of();
        }
        Sex sex = r.nextInt(5) == 0 ? Sex.UNSPECIFIED : p.female ? Sex.FEMALE : Sex.MALE;
        List<String> nationality = r.nextInt(7) == 0 ? List.of() : List.of(p.nationality);
        return new WatchlistEntry(
                "SYN",
                Integer.toString(i),
                WatchlistEntry.Kind.PERSON,
                "synthetic",
                names,
                dates,
                sex,
                nationality,
                List.of(),
                List.of(),
                null,
                null);
    }

    /** A weak alias: a kunya (Abu Bakr) for Arabic and Somali names, else a short or other given name. */
    private static String nickname(Person p, Random r) {
        String family = String.join(" ", p.family);
        return switch (p.tradition) {
            case ARABIC, SOMALI -> (p.female ? "Umm " : "Abu ") + pick(NamePools.AR_MALE, r);
            default -> {
                String s = NamePools.shortForm(p.given.get(0));
                yield (s != null ? s : p.given.get(p.given.size() - 1)) + " " + family;
            }
        };
    }

    private static String nationality(Tradition t, Random r) {
        String[] codes = switch (t) {
            case GREAT_LAKES -> new String[] {"RWA", "BDI", "RWA", "COD"};
            case CONGO -> new String[] {"COD", "COD", "COG", "AGO"};
            case EAST_AFRICA -> new String[] {"KEN", "UGA", "TZA", "SSD"};
            case SOMALI -> new String[] {"SOM", "SOM", "ETH", "KEN"};
            case ARABIC -> new String[] {"EGY", "SDN", "SAU", "YEM", "SYR", "IRQ", "MAR", "DZA", "LBY"};
            case FRENCH -> new String[] {"FRA", "BEL", "FRA", "CHE"};
            case ENGLISH -> new String[] {"GBR", "USA", "IRL", "ZAF"};
            case SLAVIC -> new String[] {"RUS", "UKR", "BLR", "RUS"};
            case CHINESE -> new String[] {"CHN", "CHN", "TWN", "HKG"};
        };
        return codes[r.nextInt(codes.length)];
    }

    /** The name as a list writes it: {@code FAMILY, Given}, {@code Given Family} or {@code FAMILY Given}. */
    private static String listed(List<String> given, List<String> family, Tradition t, Random r) {
        String g = String.join(" ", given);
        String f = String.join(" ", family);
        if (t == Tradition.CHINESE) {
            return (r.nextBoolean() ? f.toUpperCase(Locale.ROOT) : f) + " " + g;
        }
        int style = r.nextInt(5);
        if (style < 2) {
            return f.toUpperCase(Locale.ROOT) + ", " + g;
        }
        if (style < 4) {
            return g + " " + f;
        }
        return f.toUpperCase(Locale.ROOT) + " " + g;
    }

    /**
     * A query for listed person {@code index}: the person's name with zero to two realistic
     * variations, written as an MRZ, typed, or given as separate fields, with the birth date, sex and
     * nationality a traveller's document gives (sometimes missing).
     */
    public PersonQuery vary(int index, Random r) {
        Person p = people[index];
        List<String> given = new ArrayList<>(p.given);
        List<String> family = new ArrayList<>(p.family);
        WatchlistEntry e = watchlist.entries().get(index);
        if (e.names().size() > 1 && e.names().get(1).quality() == EntryName.Quality.STRONG && r.nextInt(3) == 0) {
            // the traveller's document carries the listed alias's spelling: start from it
            return written(splitListed(e.names().get(1).name(), p), p, r);
        }
        int k = r.nextInt(10);
        int variations = k < 2 ? 0 : k < 7 ? 1 : 2;
        for (int v = 0; v < variations; v++) {
            applyVariation(p, given, family, r);
        }
        return written(List.of(given, family), p, r);
    }

    private static List<List<String>> splitListed(String listed, Person p) {
        String[] parts = listed.contains(", ") ? listed.split(", ", 2) : null;
        List<String> family = new ArrayList<>();
        List<String> given = new ArrayList<>();
        if (parts != null) {
            family.add(NamePools.capitalise(parts[0].toLowerCase(Locale.ROOT)));
            given.add(parts[1]);
        } else {
            // no comma: the listed words in order, counted out by the person's structure
            String[] words = listed.split(" ");
            int familyWords = String.join(" ", p.family).split(" ").length;
            boolean familyFirst = p.tradition == Tradition.CHINESE
                    || words[0].equals(words[0].toUpperCase(Locale.ROOT)) && words[0].length() > 1;
            int split = familyFirst ? familyWords : words.length - familyWords;
            List<String> first = List.of(words).subList(0, split);
            List<String> rest = List.of(words).subList(split, words.length);
            family.add(String.join(" ", familyFirst ? first : rest));
            given.add(String.join(" ", familyFirst ? rest : first));
        }
        return List.of(given, family);
    }

    /** Applies one variation, chosen at random, to the name's given and family parts. */
    private static void applyVariation(Person p, List<String> given, List<String> family, Random r) {
        int kind = r.nextInt(20);
        if (kind < 7) {
            respell(p.tradition, r.nextInt(3) == 0 ? given : family, r);
        } else if (kind < 11) {
            typo(r.nextBoolean() ? given : family, r);
        } else if (kind < 13) {
            if (given.size() > 1) {
                given.remove(1 + r.nextInt(given.size() - 1));
            } else if (family.size() > 1) {
                family.remove(family.size() - 1);
            }
        } else if (kind < 14) {
            given.add(extraGiven(p, r));
        } else if (kind < 16) {
            joinOrSplit(r.nextBoolean() ? given : family, r);
        } else if (kind < 17) {
            if (given.size() > 1) {
                int i = 1 + r.nextInt(given.size() - 1);
                given.set(i, given.get(i).substring(0, 1));
            }
        } else if (kind < 18) {
            String s = NamePools.shortForm(given.get(0));
            if (s != null) {
                given.set(0, s);
            } else {
                respell(p.tradition, given, r);
            }
        } else {
            // the family name first in the given names field and the other way round
            if (!given.isEmpty() && !family.isEmpty() && p.tradition != Tradition.CHINESE) {
                String g = given.remove(0);
                given.add(0, family.remove(0));
                family.add(0, g);
            }
        }
    }

    private static String extraGiven(Person p, Random r) {
        return switch (p.tradition) {
            case GREAT_LAKES -> pick(p.female ? NamePools.RW_GIVEN_FEMALE : NamePools.RW_GIVEN_MALE, r);
            case CONGO -> pick(p.female ? NamePools.CD_GIVEN_FEMALE : NamePools.CD_GIVEN_MALE, r);
            case EAST_AFRICA -> pick(p.female ? NamePools.EA_GIVEN_FEMALE : NamePools.EA_GIVEN_MALE, r);
            case SOMALI, ARABIC -> pick(NamePools.AR_MALE, r);
            case FRENCH -> pick(p.female ? NamePools.FR_GIVEN_FEMALE : NamePools.FR_GIVEN_MALE, r);
            case ENGLISH -> pick(p.female ? NamePools.EN_GIVEN_FEMALE : NamePools.EN_GIVEN_MALE, r);
            case SLAVIC -> pick(p.female ? NamePools.SL_GIVEN_FEMALE : NamePools.SL_GIVEN_MALE, r);
            case CHINESE -> NamePools.chineseGiven(r);
        };
    }

    /**
     * Spelling rules by tradition: other romanisations and orthographies of the same name ({@code ^}
     * and {@code $} anchor a rule to the start or end of a name).
     */
    private static final String[][][] RESPELL = {
        /* GREAT_LAKES */ {{"r", "l"}, {"l", "r"}, {"cy", "ci"}, {"shy", "shi"}, {"ny", "gn"}, {"y", "i"}},
        /* CONGO */ {{"tsh", "ch"}, {"tsh", "tch"}, {"u", "ou"}, {"k", "c"}, {"y", "i"}, {"mb", "b"}},
        /* EAST_AFRICA */ {{"i", ""}, {"u", "ou"}, {"ch", "tch"}, {"w", "u"}, {"ph", "f"}, {"oh", "o"}},
        /* SOMALI */ {
            {"Moha", "Maxa"},
            {"Ah", "Ax"},
            {"Ha", "Xa"},
            {"Ab", "Cab"},
            {"Al", "Cal"},
            {"O", "Cu"},
            {"u", "uu"},
            {"a", "aa"},
            {"e", "i"}
        },
        /* ARABIC */ {
            {"Moha", "Muha"},
            {"med", "mmad"},
            {"med", "mad"},
            {"ou", "u"},
            {"ei", "ay"},
            {"ee", "i"},
            {"q", "k"},
            {"kh", "h"},
            {"ss", "s"},
            {"al-", ""},
            {"al-", "el-"},
            {"al-", "Al "},
            {"Abdul ", "Abdel "},
            {"Abdul ", "Abdul"},
            {"Abdel ", "Abd al-"},
            {"e", "a"},
            {"ai", "ei"},
            {"ou", "oo"},
            {"y", "i"}
        },
        /* FRENCH */ {{"rr", "r"}, {"ll", "l"}, {"nn", "n"}, {"tt", "t"}, {"-", " "}, {"y", "i"}},
        /* ENGLISH */ {{"ph", "v"}, {"Mc", "Mac"}, {"O'", "O"}, {"ey", "y"}, {"ie", "y"}, {"tt", "t"}, {"ll", "l"}},
        /* SLAVIC */ {
            {"ov", "off"},
            {"ev", "eff"},
            {"kh", "h"},
            {"zh", "j"},
            {"y", "i"},
            {"ya", "ia"},
            {"yu", "iu"},
            {"^E", "Ye"},
            {"i$", "iy"},
            {"i$", "ii"},
            {"ts", "tz"},
            {"shch", "sch"},
            {"ks", "x"},
            {"kh", "ch"},
            {"v", "w"},
            {"sh", "sch"}
        },
        /* CHINESE */ {
            {"Zh", "Ch"},
            {"X", "Hs"},
            {"Q", "Ch"},
            {"Z", "Ts"},
            {"ong", "ung"},
            {"Chen", "Chan"},
            {"Wang", "Wong"},
            {"Li", "Lee"},
            {"Zhang", "Cheung"},
            {"Liu", "Lau"},
            {"Zhou", "Chow"},
            {"ian", "ien"},
            {"ui", "uei"}
        }
    };

    private static void respell(Tradition t, List<String> parts, Random r) {
        if (parts.isEmpty()) {
            return;
        }
        String[][] rules = RESPELL[t.ordinal()];
        for (int attempt = 0; attempt < 8; attempt++) {
            String[] rule = rules[r.nextInt(rules.length)];
            int i = r.nextInt(parts.size());
            String part = parts.get(i);
            String from = rule[0];
            int at;
            if (from.startsWith("^")) {
                from = from.substring(1);
                at = part.startsWith(from) ? 0 : -1;
            } else if (from.endsWith("$")) {
                from = from.substring(0, from.length() - 1);
                at = part.endsWith(from) ? part.length() - from.length() : -1;
            } else {
                at = part.indexOf(from);
            }
            if (at >= 0) {
                String changed = part.substring(0, at) + rule[1] + part.substring(at + from.length());
                if (changed.strip().length() > 1) {
                    parts.set(i, changed);
                    return;
                }
            }
        }
    }

    private static final String KEYBOARD = "qwertyuiop asdfghjkl  zxcvbnm";

    /** One keying error: a neighbouring key, a dropped, doubled or swapped letter. */
    private static void typo(List<String> parts, Random r) {
        if (parts.isEmpty()) {
            return;
        }
        int i = r.nextInt(parts.size());
        StringBuilder s = new StringBuilder(parts.get(i));
        if (s.length() < 4) {
            return;
        }
        int k = 1 + r.nextInt(s.length() - 2);
        switch (r.nextInt(4)) {
            case 0 -> {
                int key = KEYBOARD.indexOf(Character.toLowerCase(s.charAt(k)));
                if (key >= 0) {
                    int next = key + (r.nextBoolean() ? 1 : -1);
                    char c = next >= 0 && next < KEYBOARD.length() ? KEYBOARD.charAt(next) : ' ';
                    s.setCharAt(k, c == ' ' ? 'e' : c);
                }
            }
            case 1 -> s.deleteCharAt(k);
            case 2 -> s.insert(k, s.charAt(k));
            default -> {
                char c = s.charAt(k);
                s.setCharAt(k, s.charAt(k + 1));
                s.setCharAt(k + 1, c);
            }
        }
        parts.set(i, s.toString());
    }

    /** A compound written together (Abdul Rahman → Abdulrahman) or a joined name written apart. */
    private static void joinOrSplit(List<String> parts, Random r) {
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.contains(" ") || part.contains("-")) {
                String joined = part.replace(" ", "").replace("-", "");
                parts.set(i, NamePools.capitalise(joined.toLowerCase(Locale.ROOT)));
                return;
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            for (String head : NamePools.RW_HEAD) {
                if (part.startsWith(head) && part.length() > head.length() + 3) {
                    parts.set(i, head + " " + NamePools.capitalise(part.substring(head.length())));
                    return;
                }
            }
        }
        if (parts.size() > 1) {
            int i = r.nextInt(parts.size() - 1);
            parts.set(i, parts.get(i) + parts.remove(i + 1).toLowerCase(Locale.ROOT));
        }
    }

    private static PersonQuery written(List<List<String>> name, Person p, Random r) {
        List<String> given = name.get(0);
        List<String> family = name.get(1);
        String g = String.join(" ", given);
        String f = String.join(" ", family);
        int form = r.nextInt(20);
        String fullName = "";
        String givenNames = "";
        String familyName = "";
        if (form < 11) {
            fullName = mrz(f, g);
        } else if (form < 15) {
            fullName = g + " " + f;
        } else if (form < 17) {
            fullName = f + " " + g;
        } else {
            givenNames = g;
            familyName = f;
        }
        boolean withDetails = r.nextInt(20) < 17;
        PartialDate dob = withDetails ? p.birthDate : null;
        Sex sex = withDetails ? (p.female ? Sex.FEMALE : Sex.MALE) : Sex.UNSPECIFIED;
        String nationality = !withDetails ? "" : r.nextInt(10) == 0 ? nationality(p.tradition, r) : p.nationality;
        return new PersonQuery(fullName, givenNames, familyName, dob, sex, nationality, List.of());
    }

    /**
     * The name as a passport's MRZ holds it (ICAO 9303, {@link MrzWriter#nameField}: {@code
     * FAMILY<<GIVEN<NAMES}, 39 characters at most), without the filler after it.
     */
    static String mrz(String family, String given) {
        String field = MrzWriter.nameField(family, given, 39);
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }
}
