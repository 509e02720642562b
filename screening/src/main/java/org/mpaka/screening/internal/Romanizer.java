package org.mpaka.screening.internal;

import com.ibm.icu.text.Transliterator;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Romanises non-Latin text with ICU4J, giving every common romanisation where usage varies:
 * Cyrillic as BGN/PCGN (the scheme of its language where its letters show it, and Russian), as
 * ISO 9 and as German writes Russian ({@link CyrillicGerman}), Greek as UNGEGN and as ICU's classical scheme, Chinese as
 * Hanyu Pinyin and as a Wade–Giles-style respelling (and as Japanese reads it, {@link JapaneseScript}),
 * Japanese kana likewise, Arabic script as lists write its letters
 * ({@link ArabicScript}) and so Hebrew ({@link HebrewScript}), Korean Hangul in the Revised Romanization and McCune–Reischauer as
 * names are written ({@link Hangul}), Ethiopic (Ge'ez) as BGN and as the Ethiopian standard,
 * the scripts of India as ISO 15919 and as commonly spelled ({@link IndicScript}), Sinhala likewise
 * ({@link SinhalaScript}: ICU has no Sinhala transliterator), Lao and Khmer as their names are
 * spelled ({@link LaoScript}, {@link KhmerScript}), Thai in the Royal Thai General System and
 * letter by letter as Pali names are spelled ({@link ThaiScript}), Burmese likewise, a Latin word per syllable
 * ({@link BurmeseScript}), and any other
 * script with ICU's default scheme. Transliterators are shared and used under a lock (ICU does not promise
 * thread safety); Latin input never reaches this class on the hot path.
 */
final class Romanizer {

    private static final Map<String, Transliterator> CACHE = new LinkedHashMap<>();

    private Romanizer() {}

    /**
     * One romanisation: the text in Latin letters and, for Arabic and Hebrew script, what the
     * script's reader wrote ({@link ArabicScript}, {@link HebrewScript}: its words are read without
     * short vowels) before ICU read any letters of a third script; otherwise null; and for a
     * Japanese name in kanji alone read as a family and a given name, that split ({@link
     * JapaneseScript#kanjiSplits}), whose reading is the text; otherwise null.
     */
    record Romanised(String text, String scriptReading, JapaneseScript.KanjiSplit kanji) {

        /** A romanisation of a name that is not a Japanese name in kanji. */
        Romanised(String text, String scriptReading) {
            this(text, scriptReading, null);
        }
    }

    /** Romanisations of the text, keyed by scheme name; empty if the text is Latin already. */
    static Map<String, Romanised> romanise(String text) {
        UnicodeScript script = dominantNonLatinScript(text);
        Map<String, Romanised> out = new LinkedHashMap<>();
        if (script == null) {
            return out;
        }
        switch (script) {
            case CYRILLIC -> {
                List<String> languages = cyrillicLanguages(text);
                for (String language : languages) {
                    add(out, language, text);
                }
                add(out, "Russian-Latin/BGN", text);
                add(out, "Cyrillic-Latin", text);
                Romanised german = new Romanised(rest(CyrillicGerman.romanise(text)), null);
                if (!out.containsValue(german)) {
                    out.put(CyrillicGerman.SCHEME, german);
                }
                if (languages.isEmpty() && mayBeBulgarian(text)) {
                    add(out, "Bulgarian-Latin/BGN", text);
                }
            }
            case GREEK -> {
                add(out, "Greek-Latin/UNGEGN", text);
                add(out, "Greek-Latin", text);
            }
            case HAN, HIRAGANA, KATAKANA -> {
                if (script == UnicodeScript.HAN && !JapaneseScript.hasKana(text)) {
                    han(out, text); // Chinese, or Japanese in kanji alone: both readings
                }
                List<String> japanese = JapaneseScript.romanisations(text);
                if (!japanese.isEmpty()) {
                    Romanised reading = new Romanised(japanese.getFirst(), null);
                    if (!out.containsValue(reading)) {
                        out.put(JapaneseScript.SCHEME, reading);
                    }
                    if (japanese.size() > 1) {
                        out.put(JapaneseScript.SCHEME_OH, new Romanised(japanese.get(1), null));
                    }
                }
                for (JapaneseScript.KanjiSplit split : JapaneseScript.kanjiSplits(text)) {
                    out.put(
                            JapaneseScript.schemeKanji(split.family().kanji().length()),
                            new Romanised(split.latin(), null, split));
                }
                if (out.isEmpty()) {
                    add(out, "Any-Latin", text);
                }
            }
            case ARABIC -> {
                putRead(out, ArabicScript.SCHEME, ArabicScript.romanise(text));
                if (ArabicScript.hasLettersSaidOtherwise(text)) {
                    putRead(out, ArabicScript.SCHEME_SAID, ArabicScript.romanise(text, true));
                }
            }
            case ETHIOPIC -> {
                // BGN writes a vowel for every sixth-order letter (Tewodirosi), the Ethiopian
                // standard ES 3842 none (Tewodros, Grmai): names are spelled between the two
                add(out, "Amharic-Latin/BGN", text);
                add(out, "Ethiopic-Latin/ES3842", text);
            }
            case ARMENIAN -> {
                add(out, "Armenian-Latin/BGN", text);
                add(out, "Any-Latin", text);
            }
            case HANGUL ->
                Hangul.romanise(text).forEach((scheme, name) -> out.put(scheme, new Romanised(rest(name), null)));
            case HEBREW -> putRead(out, HebrewScript.SCHEME, HebrewScript.romanise(text));
            case DEVANAGARI, GUJARATI -> indic(out, "Any-Latin", apply("Any-Latin", text), true);
            case BENGALI, ORIYA ->
                indic(out, "Any-Latin", apply("Any-Latin", text), true, IndicScript.Ba.BA, IndicScript.Ba.VA);
            case GURMUKHI -> indic(out, "Any-Latin", apply("Any-Latin", IndicScript.gurmukhiForIcu(text)), true);
            case TAMIL, TELUGU, KANNADA, MALAYALAM -> indic(out, "Any-Latin", apply("Any-Latin", text), false);
            case SINHALA -> indic(out, SinhalaScript.SCHEME, rest(SinhalaScript.romanise(text)), false);
            case LAO -> {
                out.put(LaoScript.SCHEME, new Romanised(rest(LaoScript.romanise(text)), null));
                if (LaoScript.hasSo(text)) {
                    out.put(LaoScript.SCHEME + " (x)", new Romanised(rest(LaoScript.romanise(text, true)), null));
                }
            }
            case THAI -> {
                out.put(ThaiScript.SCHEME, new Romanised(rest(ThaiScript.romanise(text)), null));
                Romanised letters = new Romanised(rest(ThaiScript.romanise(text, true)), null);
                if (!out.containsValue(letters)) {
                    out.put(ThaiScript.SCHEME_LETTERS, letters);
                }
                if (ThaiScript.hasJo(text)) {
                    out.put(
                            ThaiScript.SCHEME_LETTERS + " (j)",
                            new Romanised(rest(ThaiScript.romanise(text, true, true)), null));
                }
            }
            case MYANMAR -> {
                out.put(BurmeseScript.SCHEME, new Romanised(rest(BurmeseScript.romanise(text)), null));
                if (BurmeseScript.spelledTwoWays(text)) {
                    Romanised other = new Romanised(rest(BurmeseScript.romanise(text, false, true)), null);
                    if (!out.containsValue(other)) {
                        out.put(BurmeseScript.SCHEME + " (other spellings)", other);
                    }
                }
                if (BurmeseScript.hasRa(text)) {
                    out.put(
                            BurmeseScript.SCHEME + " (r)",
                            new Romanised(rest(BurmeseScript.romanise(text, true)), null));
                }
            }
            case KHMER -> out.put(KhmerScript.SCHEME, new Romanised(rest(KhmerScript.romanise(text)), null));
            case TIFINAGH, NKO, ADLAM, VAI, CHEROKEE ->
                out.put(LetterNames.SCHEME, new Romanised(rest(LetterNames.romanise(text)), null));
            default -> add(out, "Any-Latin", text);
        }
        return out;
    }

    /** Scheme of the Cantonese reading of a name in Han script ({@link Cantonese#reading}). */
    static final String CANTONESE = "Cantonese (Hong Kong spelling)";

    /**
     * The Chinese readings of a name in Han script: pinyin, Wade–Giles, family-name readings, and
     * Cantonese as Hong Kong spells it.
     */
    private static void han(Map<String, Romanised> out, String text) {
        String pinyin = apply("Han-Latin", text);
        out.put("Han-Latin (pinyin)", new Romanised(pinyin, null));
        // the name's own Latin words (Dr 李明) are not pinyin: Wade-Giles leaves them as they are
        Set<String> latin = latinWords(text);
        out.put("Wade-Giles style", new Romanised(wadeGiles(Diacritics.toAscii(pinyin), latin), null));
        // the first character, the family name, as family names read it (单 Shan, 曾 Zeng)
        String surname = familyNameReading(text);
        if (surname != null && !surname.equals(pinyin)) {
            out.put("Han-Latin (family name reading)", new Romanised(surname, null));
            out.put(
                    "Wade-Giles style (family name reading)",
                    new Romanised(wadeGiles(Diacritics.toAscii(surname), latin), null));
        }
        String cantonese = Cantonese.reading(text);
        if (cantonese != null) {
            out.put(CANTONESE, new Romanised(cantonese, null));
        }
    }

    /**
     * The BGN/PCGN schemes of the Cyrillic languages whose own letters the text has, tried before
     * the Russian scheme, which misreads them (Serbian ђ as d, Kazakh қ left as it is): Serbian or
     * Macedonian, Ukrainian or Belarusian, Kazakh, Kyrgyz or Mongolian. Russian text gives none.
     */
    static List<String> cyrillicLanguages(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>(2);
        if (hasAny(t, "ѓќѕ")) {
            out.add("Macedonian-Latin/BGN");
        } else if (hasAny(t, "ђћџљњј")) {
            out.add("Serbian-Latin/BGN");
        }
        if (hasAny(t, "әғқұһ")) {
            out.add("Kazakh-Latin/BGN");
        } else if (hasAny(t, "ңөү")) {
            if (t.indexOf('ң') >= 0) {
                out.add("Kirghiz-Latin/BGN");
            } else {
                out.add("Mongolian-Latin/BGN");
                out.add("Kirghiz-Latin/BGN");
            }
        } else if (t.indexOf('ў') >= 0) {
            out.add("Belarusian-Latin/BGN");
        } else if (hasAny(t, "єїґі")) {
            out.add("Ukrainian-Latin/BGN");
        }
        return out;
    }

    /**
     * Whether a Cyrillic text with no letters of another language (see {@link #cyrillicLanguages})
     * may be Bulgarian, which has no letters of its own but says ъ inside a word (Първанов,
     * Parvanov) and щ as sht: read after the Russian schemes as a third reading.
     */
    static boolean mayBeBulgarian(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.indexOf('щ') >= 0) {
            return true;
        }
        for (int k = t.indexOf('ъ'); k >= 0 && k + 1 < t.length(); k = t.indexOf('ъ', k + 1)) {
            if (Character.isLetter(t.codePointAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has any of the letters. */
    static boolean hasAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pinyin of a Chinese name with its first character read as a family name (ICU's
     * Han-Latin/Names reads the first character of every word so, which would misread a given name
     * written apart: 乐 is Yue as a family name, Le in Zhang Leyi); null when the text has no Han
     * character. Han-Latin/Names knows family names in simplified characters only, so a family name
     * in traditional characters is read as its simplified form ({@link #TRADITIONAL_FAMILY_NAMES}: 區
     * is Qu, 区 as a family name Ou).
     */
    private static String familyNameReading(String text) {
        int first = 0;
        while (first < text.length() && UnicodeScript.of(text.codePointAt(first)) != UnicodeScript.HAN) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first >= text.length()) {
            return null;
        }
        int end = first + Character.charCount(text.codePointAt(first));
        return (apply("Han-Latin", text.substring(0, first)) + " "
                        + apply("Han-Latin/Names", simplifiedFamilyName(text.substring(first, end))) + " "
                        + apply("Han-Latin", text.substring(end)))
                .strip();
    }

    /**
     * Family names in traditional characters whose simplified form ICU's Han-Latin/Names reads as the
     * family name is read, and the traditional form not: 區 Ou (Qu), 員 Yun (Yuan), 單 Shan (Dan), 樂
     * Yue (Le), 種 Chong (Zhong), 紀 Ji, 華 Hua, 蓋 Ge (Gai), 過 Guo, 祕 (Taiwan's form of 秘) Bi (Mi).
     * Only these: ICU's
     * Traditional-Simplified maps characters that are other family names onto one simplified form
     * (乾 Qian and 幹 Gan both onto 干), and ICU reads some simplified forms as no family name is
     * read (頡 Xie as 颉 jie, 鐔 Xin as 镡 chan); 賁 Ben, rare, would meet every Ben.
     */
    private static final Map<String, String> TRADITIONAL_FAMILY_NAMES =
            Map.of("區", "区", "員", "员", "單", "单", "樂", "乐", "種", "种", "紀", "纪", "華", "华", "蓋", "盖", "過", "过", "祕", "秘");

    /** A family name's character as {@link #familyNameReading} reads it (see {@link #TRADITIONAL_FAMILY_NAMES}). */
    private static String simplifiedFamilyName(String character) {
        return TRADITIONAL_FAMILY_NAMES.getOrDefault(character, character);
    }

    /**
     * The text, stripped, without the first of {@code titles} it starts with, when a name is left
     * after it and the title ends where {@code nameStart} says a name may start (scripts that write
     * titles with no space before the name); the text stripped if none.
     */
    static String withoutTitle(String text, String[] titles, java.util.function.IntPredicate nameStart) {
        String rest = text.strip();
        for (String title : titles) {
            if (rest.startsWith(title)
                    && rest.length() > title.length() + 1
                    && nameStart.test(rest.charAt(title.length()))) {
                return rest.substring(title.length()).strip();
            }
        }
        return rest;
    }

    /**
     * The text without zero-width joiners and non-joiners, which only shape the letters of the
     * Sinhala, Lao and Khmer scripts, and zero-width spaces, which mark where a Thai or Burmese
     * line may break (their readers would otherwise split a word there).
     */
    static String withoutJoiners(String text) {
        return text.indexOf('\u200D') < 0 && text.indexOf('\u200C') < 0 && text.indexOf('\u200B') < 0
                ? text
                : text.replace("\u200D", "").replace("\u200C", "").replace("\u200B", "");
    }

    /** A reading in the manner of ISO 15919, then the common spelling ({@link IndicScript}) when it differs. */
    private static void indic(Map<String, Romanised> out, String scheme, String iso, boolean schwaDeletion) {
        indic(out, scheme, iso, schwaDeletion, IndicScript.Ba.AS_IS);
    }

    /**
     * ICU's reading as {@code scheme}, and the common spelling once per way of reading the Bengali
     * and Odia ba ({@link IndicScript.Ba}; the one as v named apart), each unless a reading already
     * spells it so.
     */
    private static void indic(
            Map<String, Romanised> out, String scheme, String iso, boolean schwaDeletion, IndicScript.Ba... bas) {
        out.put(scheme, new Romanised(iso, null));
        for (IndicScript.Ba ba : bas) {
            Romanised common = new Romanised(IndicScript.commonSpelling(iso, schwaDeletion, ba), null);
            if (!out.containsValue(common)) {
                out.put(ba == IndicScript.Ba.VA ? IndicScript.SCHEME + " (v)" : IndicScript.SCHEME, common);
            }
        }
    }

    /** A reading without short vowels, the letters of a third script it left read by ICU. */
    private static void putRead(Map<String, Romanised> out, String scheme, String read) {
        out.put(scheme, new Romanised(rest(read), read));
    }

    /** A romanisation with the characters of other scripts its reader left read by ICU's Any-Latin. */
    private static String rest(String romanised) {
        return Diacritics.isAscii(romanised) ? romanised : apply("Any-Latin", romanised);
    }

    /** The text in ICU's Any-Latin reading, as lower-case letters a-z (a letter a reader's table lacks). */
    static String anyLatinLetters(String text) {
        String latin = Diacritics.toAscii(apply("Any-Latin", text)).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void add(Map<String, Romanised> out, String id, String text) {
        String latin = apply(id, text);
        if (id.startsWith("Serbian") || id.startsWith("Macedonian")) {
            latin = southSlavic(latin);
        }
        Romanised r = new Romanised(latin, null);
        if (!out.containsValue(r)) {
            out.put(id, r);
        }
    }

    /**
     * Serbian and Macedonian letters as passports and the press spell them: đ dj, ǵ gj, ḱ kj (the
     * Latin letters would otherwise lose their marks and read d, g, k).
     */
    static String southSlavic(String latin) {
        String s = java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFC);
        return s.replace("đ", "dj")
                .replace("Đ", "Dj")
                .replace("ǵ", "gj")
                .replace("Ǵ", "Gj")
                .replace("ḱ", "kj")
                .replace("Ḱ", "Kj");
    }

    static String apply(String id, String text) {
        Transliterator t;
        synchronized (CACHE) {
            t = CACHE.computeIfAbsent(id, Romanizer::create);
        }
        String first;
        synchronized (t) {
            first = t.transliterate(text);
        }
        // a second pass catches characters of other scripts mixed into the name
        Transliterator any = any();
        if (t == any) {
            return first;
        }
        synchronized (any) {
            return any.transliterate(first);
        }
    }

    private static Transliterator any() {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent("Any-Latin", Romanizer::create);
        }
    }

    private static Transliterator create(String id) {
        try {
            return Transliterator.getInstance(id);
        } catch (IllegalArgumentException e) {
            return Transliterator.getInstance("Any-Latin");
        }
    }

    static UnicodeScript dominantNonLatinScript(String text) {
        boolean latinOnly = true;
        for (int i = 0; i < text.length() && latinOnly; i++) {
            latinOnly = text.charAt(i) < 0x0250 || (text.charAt(i) >= 0x1E00 && text.charAt(i) < 0x1F00);
        }
        if (latinOnly) {
            return null;
        }
        Map<UnicodeScript, Integer> counts = new LinkedHashMap<>();
        text.codePoints().filter(Character::isLetter).forEach(cp -> {
            UnicodeScript s = UnicodeScript.of(cp);
            if (s != UnicodeScript.LATIN && s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
                counts.merge(s, 1, Integer::sum);
            }
        });
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** Respells Hanyu Pinyin syllables with Wade–Giles initials and finals (apostrophes dropped). */
    static String wadeGiles(String pinyin) {
        return wadeGiles(pinyin, Set.of());
    }

    /** {@link #wadeGiles(String)}, leaving the words in {@code keep} (lower case) as they are. */
    static String wadeGiles(String pinyin, Set<String> keep) {
        List<String> words = new ArrayList<>();
        for (String syllable : pinyin.split("[^A-Za-z]+")) {
            if (!syllable.isEmpty()) {
                String word = syllable.toLowerCase(java.util.Locale.ROOT);
                words.add(keep.contains(word) ? word : wadeGilesSyllable(word));
            }
        }
        return String.join(" ", words);
    }

    /** The words a text writes in Latin letters, lower case and without diacritics. */
    private static Set<String> latinWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                word.append(c);
            } else if (!word.isEmpty()) {
                out.add(Diacritics.toAscii(word.toString()).toLowerCase(java.util.Locale.ROOT));
                word.setLength(0);
            }
        }
        return out;
    }

    private static String wadeGilesSyllable(String s) {
        String initial;
        String rest;
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            initial = s.substring(0, 2);
            rest = s.substring(2);
        } else {
            initial = s.substring(0, 1);
            rest = s.substring(1);
        }
        String wgInitial = switch (initial) {
            case "zh", "j", "q" -> "ch";
            case "z", "c" -> "ts";
            case "x" -> "hs";
            case "r" -> "j";
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            default -> initial;
        };
        if (rest.equals("ong")) {
            rest = "ung";
        } else if (rest.endsWith("ong")) {
            rest = rest.substring(0, rest.length() - 3) + "ung";
        } else if (rest.endsWith("ian")) {
            rest = rest.substring(0, rest.length() - 3) + "ien";
        } else if (rest.equals("e") && (wgInitial.equals("ts") || wgInitial.equals("j"))) {
            rest = "e";
        }
        return wgInitial + rest;
    }
}
