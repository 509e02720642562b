package org.mpaka.screening.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a name as written into comparable parts: Unicode NFKC, MRZ filler characters, case
 * folding with {@link Locale#ROOT}, diacritics, romanisation of other scripts (one {@link
 * NormalizedName} per romanisation), splitting on punctuation, removing honorifics and titles, and
 * marking particles so that they weigh less.
 */
public final class NameNormalizer {

    /**
     * Most parts kept of one name (the first ones): no real name has more, and the aligner tracks a
     * name's parts in the bits of one {@code long}.
     */
    public static final int MAX_PARTS = 32;

    /**
     * Most characters of a name read (the first ones, cut at a space in the second half, and never
     * inside a character): more than
     * {@link #MAX_PARTS} parts of any length a name has, and a bound on the time a romanisation
     * takes (ICU's and the Japanese dictionary's readings take seconds over 50,000 characters).
     */
    static final int MAX_CHARS = 1024;

    /**
     * The titles that are also names or family names (Qari, Mallam, Sheikh, Chief, Dato ...), and the
     * Burmese Daw and Bogyoke: removed only at the start of a name and before another part, so that
     * Mohammed Qari and Hassan Sheikh Mohamud keep their names.
     */
    static final Set<String> TITLES_BEFORE_A_NAME = Set.of(
            "mawlana",
            "molana",
            "moulana",
            "maulvi",
            "molvi",
            "moulvi",
            "mawlawi",
            "maulawi",
            "mowlawi",
            "mallam",
            // the women's forms of Alhaji (Hajiya, Hajia, Alhaja), and the Javanese kyai of a Muslim
            // scholar; not Malam, Hadj, Elhadj, which are given names too (Malam Bacai Sanha, Hadj
            // Boudella), nor Abbe (Abbe Lane)
            "hajiya",
            "hajia",
            "alhaja",
            "kyai",
            "ustadz",
            "qari",
            "daw",
            "bogyoke",
            "maulana",
            "mullah",
            "mulla",
            // the Arabic sheikh, which is also a name and a family name (Hassan Sheikh Mohamud,
            // Abd al-Aziz al-Sheikh)
            "sheikh",
            "shaykh",
            "sheik",
            "shaikh",
            "cheikh",
            // chiefly titles of West Africa, the Malay Datuk, Dato', Datin, a cardinal: also family
            // names (Dato, Cardinal)
            "chief",
            "datuk",
            "dato",
            "datin",
            "cardinal");

    /** née and geb.: removed only before a name (John Nee keeps his family name). */
    static final Set<String> BEFORE_A_MAIDEN_NAME = Set.of("nee", "geb", "geborene");

    /**
     * Titles and honorifics removed before matching (English, French, Arabic, Swahili usage), and
     * {@link #TITLES_BEFORE_A_NAME}.
     */
    static final Set<String> HONORIFICS = withTitlesBeforeAName(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mister",
            "dr",
            "doctor",
            "prof",
            "professor",
            "gen",
            "general",
            "lt",
            "col",
            "colonel",
            "maj",
            "major",
            "capt",
            "captain",
            "cmdr",
            "sgt",
            "brig",
            "hon",
            "honourable",
            "honorable",
            "sir",
            "dame",
            "lord",
            "lady",
            "rev",
            "reverend",
            "fr",
            "father",
            "pastor",
            "bishop",
            "archbishop",
            // Shia clerical ranks
            "ayatollah",
            "ayatullah",
            "hojatoleslam",
            "hojjatoleslam",
            // Ir. for an engineer (Indonesia)
            "ir",
            "haji",
            "hajji",
            "hadji",
            "alhaji",
            "alhaj",
            "imam",
            "mme",
            "mlle",
            "mgr",
            "msgr",
            "me",
            "mzee",
            "bwana",
            "ustadh",
            "ustaz",
            "eng",
            "engr",
            // generational suffixes
            "jr",
            "junior",
            "sr",
            "snr",
            "jnr",
            "ii",
            "iii",
            "iv",
            // 2nd and 3rd written apart from their digits (2 nd); touching them, see ORDINAL_ENDINGS
            "nd",
            "rd",
            // née, geb. (geborene): the maiden name that follows is a name, the word is not
            "nee",
            "geb",
            "geborene");

    private static Set<String> withTitlesBeforeAName(String... honorifics) {
        Set<String> all = new HashSet<>(TITLES_BEFORE_A_NAME);
        all.addAll(List.of(honorifics));
        return Set.copyOf(all);
    }

    /**
     * The particles of {@link #PARTICLES} that say whose son or daughter a name's bearer is (Hamad
     * bin Khalifa): what comes before the first of them is the bearer's own name (see {@link
     * NormalizedName#sonOf}).
     */
    static final Set<String> SON_OF = Set.of("bin", "ibn", "ben", "bint", "binti", "ould", "wad");

    /**
     * Name particles, Turkic patronymic markers (ogly, uulu, kyzy ...) included: kept, but weigh
     * {@value Part#PARTICLE_WEIGHT} of a full part.
     */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "bin", "ben", "ibn", "bint", "binti", "wa", "wad", "ould", "ag", "de", "da", "das", "dos",
            "do", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "ter", "ten", "y", "e",
            "bar", "st", "saint", "mac", "mc", "ur", "ud", "ogly", "oglu", "ogli", "ugli", "uulu", "kyzy", "kizi",
            "qizi", "gizi");

    private NameNormalizer() {}

    /**
     * The normalised forms of a name: one for Latin-script input, one per romanisation for other
     * scripts. A name with no letters gives an empty list.
     */
    public static List<NormalizedName> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = Diacritics.isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        if (text.length() > MAX_CHARS) {
            int cut = text.lastIndexOf(' ', MAX_CHARS);
            if (cut < MAX_CHARS / 2) {
                cut = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            }
            text = text.substring(0, cut);
        }
        text = givenFirst(withoutPostNominalPart(text)).replace('<', ' ');
        Map<String, Romanizer.Romanised> romanised = Romanizer.romanise(text);
        List<NormalizedName> out = new ArrayList<>(1 + romanised.size());
        if (romanised.isEmpty()) {
            List<Part> parts = parts(text);
            addIfAny(out, parts, "");
            addIfAny(out, somaliReading(parts), SOMALI);
            addIfAny(out, westAfricanReading(parts), WEST_AFRICAN);
            addIfAny(out, belarusianReading(parts), BELARUSIAN);
            addIfAny(out, balticReading(parts), BALTIC);
            String icao = icaoSpelling(text);
            if (icao != null) {
                addIfChanged(out, parts, parts(icao), ICAO);
            }
            if (TurkicLatin.marked(text)) {
                addIfChanged(out, parts, parts(TurkicLatin.spelling(text)), TURKIC);
            }
            if (SlavicLatin.marked(text)) {
                addIfChanged(out, parts, parts(SlavicLatin.spelling(text)), SLAVIC);
            }
            if (text.indexOf('-') >= 0 && hyphenatedSyllables(text)) {
                // Chan-o-cha as Chan O Cha too (an MRZ's Chan<O<Cha)
                addIfAny(out, parts(text, null, false, null), HYPHENATED_APART);
            }
            if (text.indexOf('đ') >= 0 || text.indexOf('Đ') >= 0) {
                addIfAny(out, parts(Romanizer.southSlavic(text)), SOUTH_SLAVIC);
            }
        } else {
            List<String> latinWords = null; // the text's own Latin words, read once if needed
            // in a name with Han characters, the words of a romanisation that are not the text's own
            // are read from the characters: no title or particle (根 gen, 杜 du, 彬 bin)
            Set<String> ownWords = null;
            if (JapaneseScript.hasHan(text)) {
                latinWords = tokens(Diacritics.toAscii(text).toLowerCase(Locale.ROOT));
                ownWords = new HashSet<>(latinWords);
            }
            for (Map.Entry<String, Romanizer.Romanised> e : romanised.entrySet()) {
                Set<String> unvowelled = null;
                String read = e.getValue().scriptReading();
                if (read != null) {
                    if (latinWords == null) {
                        latinWords = tokens(Diacritics.toAscii(text).toLowerCase(Locale.ROOT));
                    }
                    // the words the script's reader wrote, not Latin words nor those of a third
                    // script (which ICU read with their vowels)
                    unvowelled = new HashSet<>(tokens(read.toLowerCase(Locale.ROOT)));
                    unvowelled.removeAll(latinWords);
                }
                List<Part> parts =
                        withKanjiReadings(parts(e.getValue().text(), unvowelled, true, ownWords), e.getValue());
                if (e.getKey().equals(Romanizer.CANTONESE)) {
                    parts = cantoneseReading(parts, e.getValue().text());
                }
                addIfAny(out, parts, e.getKey());
                if (text.indexOf('ў') >= 0 || text.indexOf('Ў') >= 0) {
                    // Belarusian Cyrillic, romanised as its official transliteration: its Russian form too
                    addIfAny(out, belarusianReading(parts), BELARUSIAN);
                }
            }
        }
        return out;
    }

    /**
     * The parts of a Cantonese reading ({@link Cantonese#reading}: syllables one space apart), each
     * marked as read so; none when a syllable was not kept as a part (since syllables read from Han
     * characters are no titles, only where a Latin word beside the name is one and the same, Hon. 韓明
     * read hon ming): the reading would be compared without it.
     */
    private static List<Part> cantoneseReading(List<Part> parts, String reading) {
        long syllables = 1 + reading.chars().filter(c -> c == ' ').count();
        if (parts.size() != syllables) {
            return List.of();
        }
        return parts.stream().map(Part::inCantonese).toList();
    }

    /**
     * The parts with the readings of the kanji they were read from ({@link KanjiReadings}) when the
     * romanisation read a Japanese name in kanji as a family and a given name (two words): the
     * family name's on the first part, the given name's on the second; none if a word was not kept
     * as a part; otherwise the parts as they are.
     */
    private static List<Part> withKanjiReadings(List<Part> parts, Romanizer.Romanised romanised) {
        JapaneseScript.KanjiSplit split = romanised.kanji();
        if (split == null) {
            return parts;
        }
        if (parts.size() != 2) {
            // a reading dropped as a title (本 read hon, where a Latin word beside the name is the
            // same title, Hon.): the split would be compared by its one reading, which it only guesses
            return List.of();
        }
        return List.of(parts.get(0).withKanji(split.family()), parts.get(1).withKanji(split.given()));
    }

    /**
     * A name written family name first with a mark between the two (the MRZ's {@code <<}, or a
     * comma: {@code UR-REHMAN, Abd}) in the order it is said, given names first ({@code Abd
     * UR-REHMAN}): parts are matched in any order, but parts written together on one side are
     * looked for among adjacent parts on the other, and a compound can span the given and family
     * names (Abd al-Rahman, Izz al-Din, Nyira Habimana). Anything else is returned as it is.
     */
    static String givenFirst(String text) {
        String[] marked = familyMarked(text);
        return marked == null ? text : marked[1] + " " + marked[0];
    }

    /**
     * A name written family name first with a mark between the two, as {@link #givenFirst} reads it:
     * {@code {family, given}} split at the MRZ's {@code <<} or else at a comma, MRZ fillers at either
     * end left out, when both hold a letter; null otherwise, and for a script whose names are said
     * family name first.
     */
    private static String[] familyMarked(String text) {
        if (!Diacritics.isAscii(text) && writtenFamilyFirst(text)) {
            return null;
        }
        // MRZ fillers at either end say nothing about the order
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == '<' || Character.isWhitespace(text.charAt(from)))) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == '<' || Character.isWhitespace(text.charAt(to - 1)))) {
            to--;
        }
        String t = text.substring(from, to);
        String[] marked = splitAt(t, "<<");
        return marked != null ? marked : splitAt(t, ",");
    }

    /**
     * The family name of a name that marks it as {@link #givenFirst} reads it (before the MRZ's
     * {@code <<} or a comma, with a given name after it, not only a suffix or a title); null when the
     * name does not say which of its parts are the family name.
     */
    public static String familyName(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = Diacritics.isAscii(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String[] marked = familyMarked(withoutPostNominalPart(t));
        // given names after the mark, not only a suffix or a title (John Smith, Jr.; Osama bin Laden, Sheikh)
        return marked != null && hasNameWord(marked[1])
                ? marked[0].replace('<', ' ').strip()
                : null;
    }

    /**
     * Whether the text has a word, in any script, that is neither a title, an honorific nor a
     * generational suffix.
     */
    private static boolean hasNameWord(String text) {
        for (String w : text.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !HONORIFICS.contains(Diacritics.toAscii(w).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** {@code {before, after}} the first {@code mark} in {@code text}; null unless both have a letter. */
    private static String[] splitAt(String text, String mark) {
        int at = text.indexOf(mark);
        if (at < 0) {
            return null;
        }
        String family = text.substring(0, at);
        String given = text.substring(at + mark.length());
        return hasLetter(family) && hasLetter(given) ? new String[] {family, given} : null;
    }

    /**
     * Whether the text is in a script whose names are said family name first (Chinese, Korean,
     * Japanese): reading them given names first would undo the order their readers rely on (the
     * Hangul reader takes the first syllable as the family name).
     */
    private static boolean writtenFamilyFirst(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s == Character.UnicodeScript.HAN
                    || s == Character.UnicodeScript.HANGUL
                    || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Empty when the name has a part to compare; otherwise why not, in words: it has no letters, or
     * its letters are of a script no reading covers (Tibetan, traditional Mongolian ...), so that a
     * caller can say so instead of reporting no hits as if the name had been compared.
     */
    public static String unreadable(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        for (NormalizedName n : normalize(raw)) {
            if (n.size() > 0) {
                return "";
            }
        }
        Character.UnicodeScript script = Romanizer.dominantNonLatinScript(raw);
        if (script == null) {
            return "it has no letters Mpaka can compare";
        }
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "its letters (" + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                + " script) give no part Mpaka can compare";
    }

    /**
     * The generation a name's suffix states, or 0 when it states none: 1 for Sr (Snr), 2 for Jr (Jnr,
     * II, 2nd), 3 for III (3rd), 4 for IV (4th). Only the last word of the last part of a name counts
     * (parts: between commas and MRZ double fillers), after a name word there (King Jr, KING<<MARTIN
     * LUTHER<JR), or alone as a third part (King, Martin Luther, Jr.); PÉREZ, Sr. Juan (señor) and
     * SILVA, Junior (a given name) state none, and Senior and Junior, also names, never count. The suffixes are removed from the name's
     * parts; this keeps what they said, so that father and son can be told apart (see {@link
     * EntryScorer}).
     */
    public static int generation(String raw) {
        if (raw == null || !maySuffix(raw)) {
            return 0;
        }
        // segments: between commas and MRZ double fillers (FAMILY, Given, Jr / FAMILY<<GIVEN<JR)
        String[] segments = raw.replace("<<", ",").split(",");
        for (int seg = segments.length - 1; seg >= 0; seg--) {
            String[] words = segments[seg].trim().split("[^\\p{L}\\p{N}]+");
            int n = words.length;
            while (n > 0 && words[n - 1].isEmpty()) {
                n--;
            }
            if (n == 0) {
                continue;
            }
            String last = words[n - 1];
            if (n > 1
                    && ORDINAL_ENDINGS.contains(last.toLowerCase(Locale.ROOT))
                    && words[n - 2].chars().allMatch(Character::isDigit)) {
                last = words[n - 2] + last; // 2 nd: the ordinal written apart from its digits
                n--;
            }
            int g = suffixGeneration(last);
            // the last word after a name word (King Jr), or alone as the third segment (King, Martin, Jr.)
            if (g != 0 && (n > 1 && !words[0].isEmpty() || n == 1 && seg >= 2)) {
                return g;
            }
            return 0; // only the last segment with words can state it
        }
        return 0;
    }

    // generational suffixes by the generation they state (Senior and Junior are also names and
    // family names, David Senior, Junior Silva, José da Silva Júnior: not read as generations)
    private static final String[][] SUFFIXES = {
        {}, {"sr", "snr"}, {"jr", "jnr", "ii", "2nd", "2d"}, {"iii", "3rd", "3d"}, {"iv", "4th"}
    };

    /**
     * Whether two names state different generations (Jr against Sr or III): father and son, however
     * alike the rest of the names; a name that states none may be either.
     */
    public static boolean otherGeneration(int a, int b) {
        return a != 0 && b != 0 && a != b;
    }

    /** Whether the text has two letters a suffix starts or ends with (jr, sr, nr, ii, iv, 2n, 3r, 4t, 2d): a cheap first test. */
    private static boolean maySuffix(String raw) {
        for (int i = 0; i + 1 < raw.length(); i++) {
            char a = raw.charAt(i);
            char b = Character.toLowerCase(raw.charAt(i + 1));
            char la = Character.toLowerCase(a);
            boolean digit = a >= '0' && a <= '9';
            if (b == 'r' && (la == 'j' || la == 's' || la == 'n' || digit)
                    || la == 'i' && (b == 'i' || b == 'v')
                    || digit && (b == 'n' || b == 't' || b == 'd')) {
                return true;
            }
        }
        return false;
    }

    private static int suffixGeneration(String word) {
        for (int g = 1; g < SUFFIXES.length; g++) {
            for (String suffix : SUFFIXES[g]) {
                if (suffix.equalsIgnoreCase(word)) {
                    return g;
                }
            }
        }
        return 0;
    }

    /** The first normalised form, or an empty name. */
    public static NormalizedName normalizeFirst(String raw) {
        List<NormalizedName> all = normalize(raw);
        return all.isEmpty() ? new NormalizedName(List.of(), "") : all.get(0);
    }

    /**
     * The reading of a Latin name with đ as Serbian, Croatian and Bosnian passports spell it, dj
     * (Đorđe, Djordje); the first reading has d, as the MRZ and Vietnamese spell it (Đặng, Dang).
     */
    public static final String SOUTH_SLAVIC = "đ read as dj";

    /** The romanisation name of a Latin name read as French and English West African spellings meet. */
    public static final String WEST_AFRICAN = "West African French and English spellings";

    /**
     * The romanisation name of a Latin name in a Turkish, Azerbaijani or Uzbek alphabet read as
     * English spellings of the same names ({@link TurkicLatin}: Cemal as Jamal, Xədicə as Khadija).
     */
    public static final String TURKIC = "Turkish, Azerbaijani and Uzbek letters read as English spellings";

    /**
     * The romanisation name of a Latin name in a Polish, Czech, Slovak, South Slavic or Baltic
     * alphabet read as English spellings of Slavic names ({@link SlavicLatin}: Gorbaczow as
     * Gorbachov, Milošević as Miloshevich).
     */
    public static final String SLAVIC = "Polish, Czech and other Slavic letters read as English spellings";

    /**
     * The romanisation name of a Latin name read as the Latvian or Lithuanian form of a Slavic name,
     * or with the j that Slavic, Baltic and Germanic Latin spellings write for y ({@link
     * #balticReading}: Jurijs as Yuri, Kuznecovs as Kuznetsov, Julija as Yulia).
     */
    public static final String BALTIC = "Baltic endings and the j of Slavic Latin spellings read as English spellings";

    /**
     * The romanisation name of a Latin name in the Belarusian official transliteration read as the
     * Russian form of the same name ({@link #belarusianReading}: Halavanau as Golovanov).
     */
    public static final String BELARUSIAN = "Belarusian transliteration read as the Russian form";

    /**
     * The romanisation name of a Latin name with the letters ICAO 9303 writes with two in a
     * machine-readable zone written so ({@link #icaoSpelling}: Schröder as SCHROEDER).
     */
    public static final String ICAO = "ICAO 9303 transliteration (ä ae, ö oe, ü ue, å aa, ø oe)";

    /**
     * The text with the letters ICAO 9303 (part 3, transliteration of national characters) writes
     * with two letters in a machine-readable zone written so: ä æ ae, ö ø œ oe, ü ue, å aa, þ th,
     * ĳ ij (the single-letter choices, A, O, U, are what folding the marks gives already); null
     * when the text has none of them. Müller's passport reads MUELLER, a list may say Müller.
     */
    static String icaoSpelling(String text) {
        String spelt = Diacritics.replaceLetters(text, c -> switch (c) {
            case 'ä', 'æ' -> "ae";
            case 'ö', 'ø', 'œ' -> "oe";
            case 'ü' -> "ue";
            case 'å' -> "aa";
            case 'þ' -> "th";
            case 'ĳ' -> "ij";
            default -> null;
        });
        return spelt == text ? null : spelt;
    }

    /** The romanisation name of a Latin name read as the Somali orthography writes it. */
    public static final String SOMALI = "Somali orthography";

    /** The form of a Latin name with its hyphenated one-letter syllables apart (see {@link #joinSyllables}). */
    public static final String HYPHENATED_APART = "hyphenated syllables apart";

    /**
     * The parts of a Latin name read as the Somali orthography (see {@link
     * Orthography#somaliReading}) when one of its parts shows that orthography ({@link
     * Orthography#somaliMarked}); otherwise none.
     */
    private static List<Part> somaliReading(List<Part> parts) {
        boolean marked = false;
        for (Part p : parts) {
            marked |= !p.particle() && Orthography.somaliMarked(p.text());
        }
        if (!marked) {
            return List.of();
        }
        List<Part> read = new ArrayList<>(parts.size());
        for (Part p : parts) {
            read.add(p.particle() || p.initial() ? p : Part.of(Orthography.somaliReading(p.text()), false));
        }
        return read;
    }

    /**
     * The parts of a Latin name read the way the French and English spellings of West African
     * names meet ({@link Orthography#westAfricanReading}: Diallo as Jallo, Touray as Toure), when a
     * part writes ou as French does (Mamadou, Moussa, Ousmane, Touray) and the reading changes a
     * part; otherwise empty. A second form, not a rule of every name: the same letters are
     * other sounds in Arabic names (Diab, Uday), which keep their first form.
     */
    private static List<Part> westAfricanReading(List<Part> parts) {
        boolean marked = false;
        for (Part p : parts) {
            marked |= !p.particle() && p.text().contains("ou");
        }
        if (!marked) {
            return List.of();
        }
        boolean changed = false;
        List<Part> read = new ArrayList<>(parts.size());
        for (Part p : parts) {
            String t = p.particle() || p.initial() ? p.text() : Orthography.westAfricanReading(p.text());
            changed |= !t.equals(p.text());
            read.add(t.equals(p.text()) ? p : Part.of(t, false));
        }
        return changed ? read : List.of();
    }

    // the endings Latvian and Lithuanian give Slavic names (Ivanovs, Ivanovas, Andrejs, Sergejus);
    // a part of six letters or more that ends so marks a name as a Baltic form
    private static final String[] BALTIC_ENDINGS = {
        "ovs", "evs", "ijs", "ejs", "ajs", "ovas", "evas", "ijus", "ejus", "ajus"
    };

    /**
     * The parts of a Latin name read as English spellings write a Slavic name, when the name is
     * written as Latvian or Lithuanian write Slavic names, or with the j that Slavic, Baltic and
     * Germanic Latin alphabets write for y:
     *
     * <ul>
     *   <li>a Baltic form: a part of six letters or more ends as Latvian or Lithuanian end Slavic
     *       names ({@link #BALTIC_ENDINGS}: Kuznecovs, Ivanovas, Jurijs, Sergejus). Each part then
     *       loses its case ending: Lithuanian -us after j and -as after a consonant in parts of six
     *       letters or more (Sergejus, Vladimiras), Latvian -s after a consonant or j in parts of
     *       four or more (Aleksandrs, Jurijs, Nils); and
     *       c is read ts (not at the start of a part: Spanish Cuevas and Cánovas end as
     *       Lithuanian names do, and were read Tsuev and Tsanov) and ch kh, as these alphabets say
     *       them (Kuznecovs / Kuznetsov, Michailas / Mikhail); the Dutch -hijs (Mathijs) is no
     *       Baltic ending;
     *   <li>a Slavic j: a j after l, t, p, v, m or z, before a, e, o or u (Natalja, Tatjana,
     *       Leontjev, Pjotr, Semjon, Ljudmila), not after the Arabic article written on (Aljazi is
     *       not Alyazi); not after the other consonants, whose j other languages say otherwise
     *       (English, Indian and Persian rj, Scandinavian bj, kj, hj and fj: reviews found Arjun /
     *       Aryan, Bjorn / Byron, Kjell / Kyle, Marjan / Maryam and Fjeld / Field read alike; French
     *       dj and sj, Kikuyu nj, Albanian gj); an ij before a or e in a part that
     *       starts with ju or je (Julija; not Khadija or Hijazi, which a first version gave 4,000
     *       second forms in the benchmark list and cost its top 10 two queries); or an ij or ej that
     *       ends a part of four letters or more (Jurij, Dmitrij, Andrej).
     * </ul>
     *
     * Every j but that of dj is then read y (Jurij / Yuri, Julija / Yulia). Otherwise empty: a
     * second form, as names of other languages write j for the sound of English j (Jamal, Jose) and
     * end in s (Thomas, Collins); they keep their first.
     */
    private static List<Part> balticReading(List<Part> parts) {
        boolean baltic = false;
        boolean slavicJ = false;
        for (Part p : parts) {
            if (p.particle() || p.initial()) {
                continue;
            }
            String t = p.text();
            for (String e : BALTIC_ENDINGS) {
                baltic |= t.length() >= 6 && t.endsWith(e) && !t.endsWith("hijs");
            }
            slavicJ |= slavicJ(t);
        }
        if (!baltic && !slavicJ) {
            return List.of();
        }
        boolean changed = false;
        List<Part> read = new ArrayList<>(parts.size());
        for (Part p : parts) {
            String t = p.text();
            if (p.particle() || p.initial()) {
                read.add(p);
                continue;
            }
            if (baltic) {
                t = withoutBalticEnding(t).replace("ch", "kh");
            }
            StringBuilder r = new StringBuilder(t.length() + 2);
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                char before = i == 0 ? 0 : t.charAt(i - 1);
                if (c == 'j' && before != 'd') {
                    r.append('y');
                } else if (c == 'c' && baltic && i > 0 && (i + 1 == t.length() || t.charAt(i + 1) != 'h')) {
                    r.append("ts");
                } else {
                    r.append(c);
                }
            }
            String out = r.toString();
            changed |= !out.equals(p.text());
            read.add(out.equals(p.text()) ? p : Part.of(out, false));
        }
        return changed ? read : List.of();
    }

    /** Whether a part has a j as Slavic Latin spellings write y (see {@link #balticReading}). */
    private static boolean slavicJ(String t) {
        int n = t.length();
        if (n >= 4 && t.charAt(n - 1) == 'j' && (t.charAt(n - 2) == 'i' || t.charAt(n - 2) == 'e')) {
            return true;
        }
        for (int i = 1; i + 1 < n; i++) {
            char before = t.charAt(i - 1);
            char after = t.charAt(i + 1);
            if (t.charAt(i) == 'j'
                    && Orthography.isPlainVowel(after)
                    && (before == 'i' && (after == 'a' || after == 'e') && (t.startsWith("ju") || t.startsWith("je"))
                            || "ltpvmz".indexOf(before) >= 0 && after != 'i' && !articleWrittenOn(t, i))
                    && Character.isLetter(before)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the j at {@code i} starts a name after the Arabic article written on (Aljazi, Eljamal). */
    private static boolean articleWrittenOn(String t, int i) {
        return i == 2 && (t.startsWith("al") || t.startsWith("el"));
    }

    /** The part without the case ending Latvian or Lithuanian gives it (see {@link #balticReading}). */
    private static String withoutBalticEnding(String t) {
        int n = t.length();
        if (n >= 6 && t.endsWith("jus")) {
            return t.substring(0, n - 2);
        }
        if (n >= 6 && t.endsWith("as") && !Orthography.isVowel(t.charAt(n - 3))) {
            return t.substring(0, n - 2);
        }
        if (n >= 4 && t.charAt(n - 1) == 's' && (t.charAt(n - 2) == 'j' || !Orthography.isVowel(t.charAt(n - 2)))) {
            return t.substring(0, n - 1);
        }
        return t;
    }

    /**
     * The parts of a Latin name read as the Russian form of a Belarusian name, when a part of six
     * letters or more ends as the Belarusian transliteration (passports, the national lists) writes
     * the ending the Russian form spells -ov or -ev: a consonant, then au or eu (Halavanau,
     * Navumau, Kalesnikau, and eu for -ev; not ou, which ends French spellings of West African
     * names: Mamadou, Sekou). The reading writes those endings ov and ev and, in every
     * part, the h that Belarusian says where Russian says g as g, except in the digraphs kh, zh,
     * ch, sh (and gh, th, ph, dh, wh: Halavanau / Golovanov, Hryhoryevich / Grigoryevich; Tsikhanouski keeps its kh).
     * Otherwise empty: a second form, as the same letters end names of other languages (Landau,
     * Nassau), which keep their first.
     */
    private static List<Part> belarusianReading(List<Part> parts) {
        boolean marked = false;
        for (Part p : parts) {
            marked |= !p.particle() && belarusianEnding(p.text());
        }
        if (!marked) {
            return List.of();
        }
        List<Part> read = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p.particle() || p.initial()) {
                read.add(p);
                continue;
            }
            String t = p.text();
            if (belarusianEnding(t)) {
                // the Slavic given names in -slav keep their a (Stanislau / Stanislav)
                String ending = t.endsWith("slau") ? "av" : t.charAt(t.length() - 2) == 'e' ? "ev" : "ov";
                t = t.substring(0, t.length() - 2) + ending;
            }
            StringBuilder g = new StringBuilder(t);
            for (int i = 0; i < g.length(); i++) {
                char before = i == 0 ? 0 : g.charAt(i - 1);
                if (g.charAt(i) == 'h' && "kzcsgtpdw".indexOf(before) < 0) {
                    g.setCharAt(i, 'g');
                }
            }
            read.add(Part.of(g.toString(), false));
        }
        return read;
    }

    /** Whether the lower-case part ends as a Belarusian -ov or -ev is written (see {@link #belarusianReading}). */
    private static boolean belarusianEnding(String t) {
        int n = t.length();
        if (n < 6 || t.charAt(n - 1) != 'u') {
            return false; // Kikuyu Kamau, Gitau, Njau are not Belarusian
        }
        char v = t.charAt(n - 2);
        char before = t.charAt(n - 3);
        // after a consonant, or eu after y (Aliakseyeu / Alekseev)
        return (v == 'a' || v == 'e') && (!Orthography.isVowel(before) || v == 'e' && before == 'y');
    }

    /** Adds a second reading of a name unless the rules spell it as the first (Schröder, Shroder). */
    private static void addIfChanged(List<NormalizedName> out, List<Part> first, List<Part> parts, String scheme) {
        if (!parts.stream()
                .map(Part::ortho)
                .toList()
                .equals(first.stream().map(Part::ortho).toList())) {
            addIfAny(out, parts, scheme);
        }
    }

    private static void addIfAny(List<NormalizedName> out, List<Part> parts, String scheme) {
        if (!parts.isEmpty()) {
            out.add(new NormalizedName(parts, scheme));
        }
    }

    static List<Part> parts(String latin) {
        return parts(latin, null);
    }

    /**
     * The parts of a romanised name; those among {@code unvowelled} (null: none) were read from
     * Arabic or Hebrew script and are {@link Part#unvowelled}.
     */
    static List<Part> parts(String latin, Set<String> unvowelled) {
        return parts(latin, unvowelled, true, null);
    }

    /**
     * As {@link #parts(String, Set)}; a hyphenated word's one-letter syllables are joined to it
     * when {@code joinSyllables} (see {@link #joinSyllables}); unless {@code ownWords} is null (a name
     * with no Han characters), the words not among them were read from Han characters and are never
     * titles or particles.
     */
    private static List<Part> parts(String latin, Set<String> unvowelled, boolean joinSyllables, Set<String> ownWords) {
        String ascii = assimilatedArticles(
                Diacritics.toAscii(withoutRomanisationMarks(latin)).toLowerCase(Locale.ROOT));
        List<String> tokens = withoutPostNominals(tokens(ascii, joinSyllables));
        List<Part> parts = new ArrayList<>(tokens.size());
        boolean onlyTitles = tokens.stream().allMatch(HONORIFICS::contains);
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            boolean read = ownWords != null && !ownWords.contains(t);
            if (!onlyTitles
                    && !read
                    && HONORIFICS.contains(t)
                    && (!TITLES_BEFORE_A_NAME.contains(t) || nameAfter(tokens, k) && titlesBefore(tokens, k))
                    && (!BEFORE_A_MAIDEN_NAME.contains(t) || nameAfter(tokens, k))
                    // first, Junior is the given name (Junior Silva, SILVA<<JUNIOR); Jr there is the
                    // suffix a comma put first (King, Martin Luther, Jr.)
                    && !(parts.isEmpty() && t.equals("junior"))) {
                continue;
            }
            if (parts.size() == MAX_PARTS) {
                break;
            }
            // Ben first in a name written given names first is the given name (Ben Smith), not son of
            // (a one-letter syllable stays a particle, e of 娥: otherwise it would be an initial,
            // and Gui'e would no longer meet gui e)
            boolean particle = (!read || t.length() == 1)
                    && PARTICLES.contains(t)
                    && !(parts.isEmpty() && t.equals("ben") && k + 1 < tokens.size())
                    && !(CONJUNCTIONS.contains(t) && !read && initialNotAnd(tokens, k, ascii));
            parts.add(Part.of(t, particle, unvowelled != null && unvowelled.contains(t)));
        }
        if (!parts.isEmpty() && parts.stream().allMatch(Part::particle)) {
            return parts.stream()
                    .map(p -> Part.of(p.text(), false, p.unvowelled()))
                    .toList();
        }
        return parts;
    }

    /** Spanish and Portuguese "and" between two family names (Ortega y Gasset, Silva e Souza). */
    private static final Set<String> CONJUNCTIONS = Set.of("y", "e");

    /**
     * Whether the one-letter word at {@code k}, one of the {@link #CONJUNCTIONS}, is an initial
     * rather than "and": a full stop follows it, or it does not stand between two words of more than
     * one letter (Y. K. Museveni, E. Macron, MUSEVENI, Y). A syllable written after an apostrophe or
     * a hyphen stays a particle (Gui'e, the e of 娥).
     */
    private static boolean initialNotAnd(List<String> tokens, int k, String ascii) {
        char letter = tokens.get(k).charAt(0);
        // the letter's standalone occurrences in the text are the tokens that are that letter, in
        // order: this token's is the one after as many as come before it
        int nth = 0;
        for (int t = 0; t < k; t++) {
            nth += tokens.get(t).length() == 1 && tokens.get(t).charAt(0) == letter ? 1 : 0;
        }
        for (int i = ascii.indexOf(letter); i >= 0; i = ascii.indexOf(letter, i + 1)) {
            char before = i == 0 ? ' ' : ascii.charAt(i - 1);
            char after = i + 1 < ascii.length() ? ascii.charAt(i + 1) : ' ';
            if (Character.isLetter(before) || Character.isLetter(after)) {
                continue; // inside a word
            }
            if (nth-- > 0) {
                continue; // an earlier token's
            }
            if ((before == '\'' || before == '-') && i > 1 && Character.isLetter(ascii.charAt(i - 2))) {
                return false; // a syllable
            }
            if (after == '.') {
                return true;
            }
            break;
        }
        return k == 0
                || k == tokens.size() - 1
                || tokens.get(k - 1).length() == 1
                || tokens.get(k + 1).length() == 1;
    }

    /**
     * The Arabic article written as it is said before a sun letter (az-Zawahiri, ar-Rahman,
     * as-Sudais, ash-Shishani, an-Nahyan, ed-Din, es-Sayed), where the next word begins with the
     * consonant it became: written {@code al} or {@code el} (az-Zawahiri is al-Zawahiri, ed-Din
     * el-Din, and the article a particle). Only with a hyphen, as those forms are also names and
     * words of other languages (Ad, An, the Turkish family names As, Er, At, Ar), except es before a
     * word of four letters or more (OFAC: ES SAYED); an, en and er not before a Chinese or Korean
     * syllable (Kim An-Na). The Urdu and Persian ud, ur (ud-Din, ur-Rehman) are particles as they
     * are.
     */
    static String assimilatedArticles(String ascii) {
        if (ascii.indexOf('-') < 0 && !ascii.contains("es ")) {
            return ascii; // no hyphen, no es before a space: nothing to read (most names, cheaply)
        }
        Matcher m = ASSIMILATED.matcher(ascii);
        if (!m.find()) {
            return ascii;
        }
        StringBuilder out = new StringBuilder(ascii.length());
        int at = 0;
        do {
            String next = nextWord(ascii, m.end(1) + 1);
            boolean hyphen = ascii.charAt(m.end(1)) == '-';
            // before a space only es (OFAC's ES SAYED), and then before a word of four letters or
            // more; an, en and er are Chinese and Korean syllables too (An-Na, En-Nan): not before one
            boolean ok = hyphen
                    ? !SYLLABLE_ARTICLES.contains(m.group(1)) || ChineseSyllables.count(next) != 1
                    : m.group(1).equals("es") && next.length() >= 4;
            if (ok) {
                out.append(ascii, at, m.start(1))
                        .append(ascii.charAt(m.start(1)))
                        .append('l'); // al, el
                at = m.end(1);
            }
        } while (m.find());
        return out.append(ascii, at, ascii.length()).toString();
    }

    // a or e and the consonant the article's l became, a hyphen or space, the word with that consonant
    private static final Pattern ASSIMILATED = Pattern.compile("(?<![a-z'`])([ae](sh|th|dh|[dnrstz]))[- ](?=\\2)");
    private static final Set<String> SYLLABLE_ARTICLES = Set.of("an", "en", "er");

    /** The letters a-z from {@code from} on. */
    private static String nextWord(String ascii, int from) {
        int end = from;
        while (end < ascii.length() && ascii.charAt(end) >= 'a' && ascii.charAt(end) <= 'z') {
            end++;
        }
        return ascii.substring(from, end);
    }

    /**
     * Characters inside a word that join its letters: apostrophes (Latin-ASCII writes ’ ʻ ʼ as ').
     * The marks romanisations write for a sign or to keep two letters apart are removed before (see
     * {@link #withoutRomanisationMarks}).
     */
    private static final String JOINERS = "'`";

    /**
     * The text without the marks romanisations write inside a word: BGN's ʹ and ʺ for ь and ъ
     * (which Latin-ASCII would make ' and ") and its middle dot between two letters that are not a
     * digraph (Smay·ylov, Khür·elsükh), which would otherwise split the word.
     */
    static String withoutRomanisationMarks(String latin) {
        if (Diacritics.isAscii(latin)) {
            return latin;
        }
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c != '\u02B9' && c != '\u02BA' && c != '\u00B7') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether every token before {@code k} is a title: a title that is also a name is one only at
     * the start of a name (Sheikh Hassan; Hassan Sheikh Mohamud keeps his Sheikh).
     */
    private static boolean titlesBefore(List<String> tokens, int k) {
        for (int t = 0; t < k; t++) {
            if (!HONORIFICS.contains(tokens.get(t))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token after {@code k} is a name, not a title or suffix (Mohammed Qari Jr keeps Qari). */
    private static boolean nameAfter(List<String> tokens, int k) {
        for (int t = k + 1; t < tokens.size(); t++) {
            if (!HONORIFICS.contains(tokens.get(t))) {
                return true;
            }
        }
        return false;
    }

    /** Whether reading the text joined some hyphenated one-letter syllables (see {@link #joinSyllables}). */
    private static boolean hyphenatedSyllables(String latin) {
        String ascii = Diacritics.toAscii(withoutRomanisationMarks(latin)).toLowerCase(Locale.ROOT);
        return tokens(ascii, true).size() != tokens(ascii, false).size();
    }

    private static List<String> tokens(String ascii) {
        return tokens(ascii, true);
    }

    private static List<String> tokens(String ascii, boolean joinSyllables) {
        List<String> tokens = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        int hyphenated = -1; // the first token of the hyphenated word being read, or -1
        boolean ordinal = false; // the token being read began right after a digit: 4th, 2nd
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (cur.isEmpty()) {
                    ordinal = i > 0 && ascii.charAt(i - 1) >= '0' && ascii.charAt(i - 1) <= '9';
                }
                cur.append(c);
            } else if (JOINERS.indexOf(c) >= 0 && !cur.isEmpty()) {
                continue; // O'Brien, Ma'mun: the apostrophe joins, and so the marks of romanisations
            } else if (!cur.isEmpty()) {
                boolean added = addToken(tokens, cur, ordinal);
                if (added
                        && c == '-'
                        && i + 1 < ascii.length()
                        && ascii.charAt(i + 1) >= 'a'
                        && ascii.charAt(i + 1) <= 'z') {
                    hyphenated = hyphenated < 0 ? tokens.size() - 1 : hyphenated;
                } else {
                    if (joinSyllables) {
                        joinSyllables(tokens, hyphenated);
                    }
                    hyphenated = -1;
                }
            }
        }
        if (!cur.isEmpty()) {
            addToken(tokens, cur, ordinal);
        }
        if (joinSyllables) {
            joinSyllables(tokens, hyphenated);
        }
        return tokens;
    }

    /**
     * The letters of an ordinal number written with digits (4th, 2nd, 3rd, 1st, and 2d, 3d in
     * American legal style): not a name's.
     */
    private static final Set<String> ORDINAL_ENDINGS = Set.of("st", "nd", "rd", "th", "d");

    /**
     * Letters written after a name for a degree or a courtesy (John Smith MD, Ali Hassan MD PhD,
     * John Smith Esq.), dropped at the end of a name of two other words or more. Md is also Muhammad
     * written short (Md Abdul Karim): first or inside a name it stays one.
     */
    private static final Set<String> AFTER_A_NAME = Set.of("md", "phd", "esq", "dds");

    /**
     * The tokens without the run of {@link #AFTER_A_NAME} letters at their end, when two name words
     * or more (not titles, not particles) come before it and no son-of particle right before it
     * (Ali bin Md: Md is the father's name, Muhammad).
     */
    private static List<String> withoutPostNominals(List<String> tokens) {
        int end = tokens.size();
        while (end > 0 && AFTER_A_NAME.contains(tokens.get(end - 1))) {
            end--;
        }
        if (end == tokens.size() || end == 0 || SON_OF.contains(tokens.get(end - 1))) {
            return tokens;
        }
        int names = 0;
        for (int t = 0; t < end; t++) {
            String w = tokens.get(t);
            if (!HONORIFICS.contains(w) && !PARTICLES.contains(w)) {
                names++;
            }
        }
        return names >= 2 ? tokens.subList(0, end) : tokens;
    }

    /**
     * The text without a last comma-separated part that is only {@link #AFTER_A_NAME} letters
     * (Sarah Khan, MD), which would otherwise be read as the given names of a name written family
     * name first.
     */
    static String withoutPostNominalPart(String text) {
        int comma = text.lastIndexOf(',');
        if (comma <= 0) {
            return text;
        }
        // its words, between spaces and dots, each one of them (no regex: every name is read here)
        int words = 0;
        int i = comma + 1;
        while (i < text.length()) {
            if (betweenWords(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !betweenWords(text.charAt(i))) {
                i++;
            }
            if (!AFTER_A_NAME.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                return text;
            }
            words++;
        }
        return words == 0 ? text : text.substring(0, comma);
    }

    private static boolean betweenWords(char c) {
        return c == '.' || Character.isWhitespace(c);
    }

    /**
     * Adds the token read, unless it is the ending of an ordinal ({@code ordinal}: it began right
     * after a digit), and clears it; returns whether it was added.
     */
    private static boolean addToken(List<String> tokens, StringBuilder cur, boolean ordinal) {
        String t = cur.toString();
        cur.setLength(0);
        if (ordinal && ORDINAL_ENDINGS.contains(t)) {
            return false;
        }
        tokens.add(t);
        return true;
    }

    /**
     * Joins the pieces of a hyphenated word, from token {@code first} on, when one of them but the
     * last is a single letter that is not a particle: a syllable, not an initial (Thai Chan-o-cha
     * is Chanocha, Arabic Safi a-Din Safi Adin; Noor-e-Alam keeps its particle, and a last letter
     * may be a Korean syllable said apart, Il-U / Il Woo; pieces that are all one letter are
     * initials, J-P Sartre).
     */
    private static void joinSyllables(List<String> tokens, int first) {
        if (first < 0) {
            return;
        }
        boolean syllable = false;
        boolean allLetters = true; // J-P, M-A: initials
        for (int t = first; t < tokens.size(); t++) {
            syllable |= t < tokens.size() - 1 && tokens.get(t).length() == 1 && !PARTICLES.contains(tokens.get(t));
            allLetters &= tokens.get(t).length() == 1;
        }
        syllable &= !allLetters;
        if (syllable) {
            StringBuilder joined = new StringBuilder();
            while (tokens.size() > first) {
                joined.append(tokens.remove(first));
            }
            tokens.add(joined.toString());
        }
    }
}
