package org.mpaka.bench.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mpaka.screening.EntryName;
import org.mpaka.screening.PartialDate;
import org.mpaka.screening.PersonQuery;
import org.mpaka.screening.Sex;
import org.mpaka.screening.Watchlist;
import org.mpaka.screening.WatchlistEntry;

/**
 * Deterministic generator of a watchlist with realistic, varied names (Great Lakes and East African,
 * Arabic, French, English, Slavic, Chinese romanisations) and of queries that vary a listed name the
 * way travellers' names vary in practice: typos, other spellings, family name first, MRZ form,
 * missing middle names, parts written together.
 */
public final class SyntheticList {

    private static final String[][] GIVEN = {
        {
            "Jean",
            "Pierre",
            "Claudine",
            "Emmanuel",
            "Eric",
            "Olivier",
            "Grace",
            "Aline",
            "Jean de Dieu",
            "Innocent",
            "Alphonse",
            "Esperance",
            "Faustin",
            "Immaculee",
            "Didier",
            "Patrick",
            "Josiane",
            "Theogene",
            "Vestine"
        },
        {
            "Amani", "Baraka", "Neema", "Zawadi", "Juma", "Halima", "Wanjiru", "Otieno", "Achieng", "Kibet", "Mwajuma",
            "Furaha", "Imani", "Rehema", "Salim", "Tumaini", "Nasra"
        },
        {
            "Mohamed",
            "Ahmed",
            "Abdul Rahman",
            "Fatima",
            "Aisha",
            "Yusuf",
            "Ibrahim",
            "Khalid",
            "Omar",
            "Hassan",
            "Hussein",
            "Abdullah",
            "Mariam",
            "Zainab",
            "Said",
            "Mustafa",
            "Abdelkader",
            "Nour"
        },
        {
            "Jacques",
            "Marie",
            "Francois",
            "Philippe",
            "Celine",
            "Sylvie",
            "Laurent",
            "Benoit",
            "Chantal",
            "Dominique",
            "Thierry",
            "Nathalie",
            "Guillaume",
            "Helene"
        },
        {
            "John",
            "William",
            "Robert",
            "Elizabeth",
            "Margaret",
            "James",
            "Michael",
            "Sarah",
            "David",
            "Richard",
            "Catherine",
            "Thomas",
            "Jennifer",
            "Charles"
        },
        {
            "Ivan",
            "Olga",
            "Sergei",
            "Natalia",
            "Dmitri",
            "Tatiana",
            "Vladimir",
            "Yuri",
            "Svetlana",
            "Aleksandr",
            "Irina",
            "Mikhail",
            "Ekaterina",
            "Oleksandr"
        },
        {
            "Wei",
            "Xiaoming",
            "Li Na",
            "Jianguo",
            "Mei",
            "Zhiqiang",
            "Xiuying",
            "Jun",
            "Hui",
            "Yong",
            "Qiang",
            "Xin",
            "Zedong",
            "Lan"
        }
    };
    private static final String[][] FAMILY = {
        {
            "Habimana",
            "Niyonzima",
            "Uwimana",
            "Mukamana",
            "Nsengiyumva",
            "Hakizimana",
            "Bizimana",
            "Nyirahabimana",
            "Mugisha",
            "Ndayisaba",
            "Uwase",
            "Tuyishime",
            "Nkurunziza",
            "Tshibangu",
            "Kabila",
            "Tshisekedi",
            "Mukendi",
            "Kalala",
            "Ilunga",
            "Mbuyi",
            "Rwigema",
            "Cyusa",
            "Munyaneza",
            "Sebarenzi"
        },
        {
            "Mwangi",
            "Kamau",
            "Otieno",
            "Odhiambo",
            "Kiprotich",
            "Wanjala",
            "Mutua",
            "Okello",
            "Museveni",
            "Kagame",
            "Nyerere",
            "Mkapa",
            "Kikwete",
            "Magufuli",
            "Mbeki",
            "Achieng",
            "Njoroge",
            "Waweru"
        },
        {
            "Al-Hassan",
            "Abdallah",
            "Ibrahim",
            "Al-Masri",
            "Haddad",
            "Khalil",
            "Mansour",
            "Al-Zahrani",
            "Ben Ali",
            "El Amrani",
            "Qasim",
            "Al-Rashid",
            "Bin Laden",
            "Nasser",
            "Saleh",
            "Haqqani",
            "Osman",
            "Farouk"
        },
        {
            "Dubois",
            "Martin",
            "Bernard",
            "Lefebvre",
            "Moreau",
            "Laurent",
            "Girard",
            "Fontaine",
            "Rousseau",
            "Mercier",
            "Dupont",
            "Lambert",
            "Bonnet",
            "Chevalier",
            "de la Croix",
            "du Pont"
        },
        {
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Taylor",
            "Wilson",
            "Davies",
            "Evans",
            "Thompson",
            "O'Brien",
            "Robinson",
            "Walker",
            "Wright",
            "Harrison"
        },
        {
            "Ivanov",
            "Petrov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Sokolov",
            "Volkov",
            "Novikov",
            "Morozov",
            "Shevchenko",
            "Kovalenko",
            "Bondarenko",
            "Ivanova",
            "Petrova",
            "Shcherbakov"
        },
        {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu"}
    };
    private static final String[] NATIONALITY = {
        "RWA", "COD", "BDI", "UGA", "KEN", "TZA", "SOM", "SDN", "FRA", "GBR", "RUS", "UKR", "CHN", "EGY", "MAR"
    };
    private static final String[][] SPELLING = {
        {"tsh", "ch"},
        {"ch", "tsh"},
        {"cy", "chy"},
        {"ou", "u"},
        {"mohamed", "muhammad"},
        {"ahmed", "ahmad"},
        {"hussein", "husayn"},
        {"kh", "h"},
        {"q", "k"},
        {"ov", "off"},
        {"y", "i"},
        {"ei", "ey"},
        {"ph", "f"}
    };

    private SyntheticList() {}

    /** A list of {@code size} people; the same seed always gives the same list. */
    public static Watchlist generate(int size, long seed) {
        Random r = new Random(seed);
        List<WatchlistEntry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int region = r.nextInt(GIVEN.length);
            int familyRegion = r.nextInt(10) == 0 ? r.nextInt(FAMILY.length) : region;
            String given = pick(GIVEN[region], r) + (r.nextInt(3) == 0 ? " " + pick(GIVEN[region], r) : "");
            String family =
                    pick(FAMILY[familyRegion], r) + (r.nextInt(6) == 0 ? " " + pick(FAMILY[familyRegion], r) : "");
            String name = r.nextBoolean() ? family.toUpperCase(Locale.ROOT) + ", " + given : given + " " + family;
            List<EntryName> names = new ArrayList<>(2);
            names.add(new EntryName(name, EntryName.Quality.PRIMARY));
            if (r.nextInt(4) == 0) {
                names.add(new EntryName(pick(GIVEN[region], r) + " " + family, EntryName.Quality.WEAK));
            }
            PartialDate dob = r.nextInt(5) == 0
                    ? new PartialDate(1940 + r.nextInt(65), 0, 0)
                    : new PartialDate(1940 + r.nextInt(65), 1 + r.nextInt(12), 1 + r.nextInt(28));
            entries.add(new WatchlistEntry(
                    "SYN",
                    Integer.toString(i),
                    WatchlistEntry.Kind.PERSON,
                    "synthetic",
                    names,
                    List.of(dob),
                    r.nextBoolean() ? Sex.MALE : Sex.FEMALE,
                    List.of(NATIONALITY[r.nextInt(NATIONALITY.length)]),
                    List.of(),
                    List.of(),
                    null,
                    null));
        }
        return new Watchlist("synthetic-" + size + "-" + seed, entries);
    }

    /** A query that varies the primary name of the given entry (one or two variations). */
    public static PersonQuery vary(WatchlistEntry e, Random r) {
        String name = e.primaryName();
        if (name.contains(",")) {
            String[] fg = name.split(", ", 2);
            name = fg[1] + " " + fg[0];
        }
        List<String> parts =
                new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT).split(" ")));
        int variations = 1 + r.nextInt(2);
        for (int v = 0; v < variations; v++) {
            switch (r.nextInt(6)) {
                case 0 -> typo(parts, r);
                case 1 -> spelling(parts, r);
                case 2 -> {
                    if (parts.size() > 2) {
                        parts.remove(1 + r.nextInt(parts.size() - 2));
                    }
                }
                case 3 -> {
                    if (parts.size() > 2) {
                        int i = r.nextInt(parts.size() - 1);
                        parts.set(i, parts.get(i) + parts.remove(i + 1));
                    }
                }
                case 4 -> parts.add(0, parts.remove(parts.size() - 1));
                default -> {
                    /* unchanged spelling, MRZ form below */
                }
            }
        }
        String q = String.join(" ", parts);
        if (r.nextInt(4) == 0) {
            q = q.toUpperCase(Locale.ROOT).replace(' ', '<');
        }
        PartialDate dob = r.nextBoolean() ? e.birthDates().get(0) : null;
        return new PersonQuery(
                q,
                "",
                "",
                dob,
                Sex.UNSPECIFIED,
                r.nextBoolean() ? e.nationalities().get(0) : "",
                List.of());
    }

    private static void typo(List<String> parts, Random r) {
        int i = r.nextInt(parts.size());
        char[] c = parts.get(i).toCharArray();
        if (c.length > 4) {
            int k = 1 + r.nextInt(c.length - 2);
            if (r.nextBoolean()) {
                char t = c[k];
                c[k] = c[k + 1];
                c[k + 1] = t;
            } else {
                c[k] = (char) ('a' + r.nextInt(26));
            }
            parts.set(i, new String(c));
        }
    }

    private static void spelling(List<String> parts, Random r) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String[] rule = SPELLING[r.nextInt(SPELLING.length)];
            int i = r.nextInt(parts.size());
            if (parts.get(i).contains(rule[0])) {
                parts.set(i, parts.get(i).replaceFirst(rule[0], rule[1]));
                return;
            }
        }
    }

    private static String pick(String[] from, Random r) {
        return from[r.nextInt(from.length)];
    }
}
