package org.mpaka.screening.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.mpaka.screening.MatchMethod;

/**
 * Compares two name parts, trying the rules from the most to the least certain: exact, regional
 * spelling rule, one name in another romanisation (a table: Lee / Yi / Ri), nickname, same consonant skeleton, bounded typo distance, shortened form, the same
 * name in another language, Korean syllables in two romanisations; a name in Han script read in
 * Cantonese only by the Hong Kong spellings of that reading ({@link Cantonese}), an initial only
 * matches by its letter, and a Japanese family or given name read from kanji only by its kanji's
 * readings ({@link KanjiReadings}). Hot code.
 */
public final class PartSimilarity {

    /** Score of parts equal after the orthography rules. */
    static final double SPELLING = 0.96;
    /**
     * Score of one name in two romanisations the rules do not join, from a table (Lee / Yi / Ri,
     * Aleh / Oleg): below a rule's spelling, as the table joins the spellings whatever the person's
     * language (a Park may not be Korean).
     */
    static final double ROMANISATION_TABLE = 0.92;

    /**
     * Score of a spelling that is one of the readings of a Japanese family or given name's kanji,
     * made of several runs' readings or one kanji's ({@link KanjiReadings}: Shohei for 翔平): as the
     * consonant skeleton, since the kanji allow other readings and the family chose one.
     */
    static final double KANJI_READING = 0.9;

    /**
     * Score of a spelling that writes the Cantonese reading of Han characters in another Hong Kong
     * spelling ({@link Cantonese}: Lee or Li for lei, 李; Shing for sing, 誠, is the spelling rule's):
     * as a romanisation table.
     */
    static final double CANTONESE_READING = 0.92;

    /** Score of nickname-equivalent parts. */
    static final double NICKNAME = 0.9;
    /**
     * Score of parts with the same consonant skeleton (3 letters or more) whose lengths differ by at
     * most 2 letters (3 for skeletons of 5 consonants or more, where more vowels may be written).
     */
    static final double PHONETIC = 0.9;
    /**
     * Score of one given name in two languages: below a nickname, as a translated name is weaker
     * evidence (two parts, one of them translated, make a possible hit, not a strong one).
     */
    static final double OTHER_LANGUAGE = 0.75;
    /**
     * Score of one Korean name in two romanisations whose syllables fall in the same classes
     * ({@link KoreanSyllables}: Jong-un / Jong Eun, Chung-hee / Chong-hui): below the consonant
     * skeleton, as the classes are wide.
     */
    static final double KOREAN = 0.85;

    /**
     * Score of a part whose Turkish c or Egyptian g, read as j, or whose x read as kh, makes it another
     * spelling of the same name ({@link LettersForJ#readAlike}: Cemal / Jamal, Mevlut / Mawlud, Gamal
     * / Jamal, Zaxar / Zakhar): below the consonant skeleton, as reading the letter so is a guess
     * about the alphabet of a name folded to ASCII.
     */
    static final double LETTER_FOR_J = 0.85;

    /**
     * Endings that make a family name of a given name, in the spelling the rules write them (-ovic
     * as ovik, doubled letters once): a part that is a given name and such an ending is another
     * name, not the given name shortened (Ivan / Ivanov, Karl / Karlsson, Jakob / Jakobsdottir, Marko
     * / Markovic, Sukarno / Sukarnoputri, Hasan / Hasanzadeh, and the Turkish -ci of a trade and -li,
     * -lu of a place: Demir / Demirci, Aydin / Aydinli). Endings that also end given names
     * (-in, -ina, -ian: Martin, Valentina, Sebastian) are left out, so that an MRZ's truncated given
     * name still is one. The Russian patronymic (-ovich,
     * -ovna) is not among them: lists give a man's patronymic as an alias's given name (Tyurin,
     * Vladimir Anatolyevich / Tyurin, Anatoly), and the shortened form joins them.
     */
    static final Set<String> SURNAME_ENDINGS = Set.of(
            "ov", "ova", "ev", "eva", "vik", "ovik", "evik", "son", "sen", "sdotir", "dotir", "putri", "putra", "zade",
            "oglu", "ogli", "uli", "kizi", "enko", "ski", "ska", "ovski", "evski", "ovska", "evska", "ci", "li", "lu");

    /** Score of a part that is the start of the other. */
    static final double SHORTENED = 0.8;
    /** Score of an initial that agrees. */
    static final double INITIAL = 0.8;

    private final Nicknames nicknames;

    /** Uses the given nickname table. */
    public PartSimilarity(Nicknames nicknames) {
        this.nicknames = nicknames;
    }

    /** The result of one comparison; {@code method} is null when the parts do not match. */
    public record Result(double score, MatchMethod method) {
        static final Result NO = new Result(0, null);
    }

    /** Compares two parts. */
    public Result compare(Part a, Part b) {
        return compare(a, b, true);
    }

    /**
     * Compares two parts; without {@code articles}, not as a part with the Arabic article written
     * on ({@link #articleWrittenOn}, which compares the rest so: once, however many times a name
     * starts with al).
     */
    private Result compare(Part a, Part b, boolean articles) {
        if (a.kanji() != null || b.kanji() != null) {
            return kanji(a, b);
        }
        if (a.text().equals(b.text())) {
            return new Result(1.0, MatchMethod.EXACT);
        }
        if (a.readInCantonese() || b.readInCantonese()) {
            // the Cantonese reading of Han characters meets other Hong Kong spellings of its
            // syllables only: the characters' Mandarin is the pinyin reading's business, and the
            // other rules would join the reading to other names (wong, 黃, is Wang by the table; the
            // spelling rules make san, 辛, Chan, and an initial would stand for it)
            return cantoneseRead(Cantonese.sameReading(a.text(), b.text()));
        }
        if (a.initial() || b.initial()) {
            return a.text().charAt(0) == b.text().charAt(0) ? new Result(INITIAL, MatchMethod.INITIAL) : Result.NO;
        }
        if (a.ortho().equals(b.ortho())) {
            return new Result(SPELLING, MatchMethod.SPELLING);
        }
        if (nicknames.sameNameOtherwiseRomanised(a, b)) {
            return new Result(ROMANISATION_TABLE, MatchMethod.SPELLING);
        }
        if (a.unvowelled() != b.unvowelled()) {
            // the other rules read both parts' vowels, which one of them does not write
            Result r = Unvowelled.compare(a, b);
            return r != null ? r : Result.NO;
        }
        String oa = a.ortho();
        String ob = b.ortho();
        // a keying error is one in the letters as typed, a spelling variant's in the canonical
        // spelling: the closer of the two counts (Rotch / Rotich: one letter typed, but two apart
        // once tch and ch are both read as s)
        double typo = Math.max(typo(oa, ob, 0), typo(a.text(), b.text(), TYPED_MIN_LENGTH));
        int skel = a.skeleton().length();
        if ((skel >= 3
                        || skel == 2
                                && (oa.length() == ob.length()
                                        || Math.abs(oa.length() - ob.length()) == 1
                                                && oa.charAt(oa.length() - 1) == ob.charAt(ob.length() - 1)))
                && a.skeleton().equals(b.skeleton())
                && PHONETIC > typo
                && Math.abs(oa.length() - ob.length()) <= (skel >= 5 ? 3 : 2)
                && !syllableLost(a, b)
                && !otherInitial(a, b)) {
            return new Result(PHONETIC, MatchMethod.PHONETIC);
        }
        // after the skeleton, which scores the same: a table that lists a name's spellings with its
        // short forms (Muhammad, Mohamed ... Md, Mohd) does not make its spellings nicknames
        if (nicknames.equivalent(a, b)) {
            return new Result(NICKNAME, MatchMethod.NICKNAME);
        }
        if (PHONETIC > typo && sameAfterLeadingVowels(a.text(), b.text())) {
            return new Result(PHONETIC, MatchMethod.PHONETIC);
        }
        int lengths = a.text().length() - b.text().length();
        if (lengths == 1 && longOWrittenOh(a.text(), b.text()) || lengths == -1 && longOWrittenOh(b.text(), a.text())) {
            return new Result(SPELLING, MatchMethod.SPELLING); // Ohno / Ono, Ohtani / Otani
        }
        Result article = articles ? articleWrittenOn(a, b) : null;
        if (article == null && articles) {
            article = articleWrittenOn(b, a);
        }
        if (article != null && article.score() > Math.min(typo, 0.95)) {
            return article;
        }
        if (typo > 0) {
            // the x of Uzbek Latin and GOST read as kh may explain the difference better than a
            // keying error (Xasanov / Khasanov: two letters typed, one name in two alphabets), and
            // the French di of West African names read as j (Diakite / Jakite); the other letters
            // for j do not: as a typo, Gina / Jina and Logan / Lojan stay below a strong hit
            if (typo < LETTER_FOR_J && (LettersForJ.beforeTypo(a, b) || LettersForJ.beforeTypo(b, a))) {
                return new Result(LETTER_FOR_J, MatchMethod.SPELLING);
            }
            return new Result(Math.min(typo, 0.95), MatchMethod.TYPO);
        }
        if (sameUpToVoicing(oa, ob)
                || a.syllables() == 1 && b.syllables() == 1 && ChineseSyllables.same(a.text(), b.text())) {
            return new Result(PHONETIC, MatchMethod.PHONETIC);
        }
        String shorter = oa.length() < ob.length() ? oa : ob;
        String longer = shorter == oa ? ob : oa;
        if (shorter.length() >= 4
                && longer.length() >= shorter.length() + 2
                && longer.startsWith(shorter)
                && !familyNameOf(oa, ob)
                && !familyNameOf(a.text(), b.text())) {
            return new Result(SHORTENED, MatchMethod.SHORTENED);
        }
        if (servantOf(a.text(), shorter) || servantOf(b.text(), shorter)) {
            return new Result(SHORTENED, MatchMethod.SHORTENED);
        }
        if (withoutTheophoricPrefix(a.text(), b.text()) || withoutTheophoricPrefix(b.text(), a.text())) {
            return new Result(SHORTENED, MatchMethod.SHORTENED);
        }
        if (nicknames.sameNameInAnotherLanguage(a, b)) {
            return new Result(OTHER_LANGUAGE, MatchMethod.OTHER_LANGUAGE);
        }
        if ((a.revisedMarks() || b.revisedMarks()) && KoreanSyllables.sameSyllables(a.text(), b.text())) {
            return new Result(KOREAN, MatchMethod.PHONETIC);
        }
        if (lettersReadAlike(a, b)) {
            return new Result(LETTER_FOR_J, MatchMethod.SPELLING);
        }
        return Result.NO;
    }

    private static boolean lettersReadAlike(Part a, Part b) {
        return LettersForJ.readAlike(a, b) || LettersForJ.readAlike(b, a);
    }

    /**
     * A Japanese name read from its kanji meets another part only by its kanji's readings: its text
     * is the first of them, which the other rules would compare (its reading of 朱, shu, is a
     * spelling of Shou), and which is no likelier than the others (明 is Mei as much as Akira). The
     * reading of a dictionary word written with all its kanji, two or more, is exact (田中 Tanaka);
     * one made of several words' readings, or one kanji's, is {@link #KANJI_READING}. An initial
     * meets it when one of the readings starts with it. Two parts read from kanji meet when they are
     * the same kanji.
     */
    private static Result kanji(Part a, Part b) {
        if (a.kanji() != null && b.kanji() != null) {
            return a.kanji().kanji().equals(b.kanji().kanji()) ? new Result(1.0, MatchMethod.EXACT) : Result.NO;
        }
        Part read = a.kanji() != null ? a : b;
        Part other = read == a ? b : a;
        if (other.initial()) {
            return read.kanji().startsWith(other.text().charAt(0))
                    ? new Result(INITIAL, MatchMethod.INITIAL)
                    : Result.NO;
        }
        if (read.kanji().wordReadAs(other.text())) {
            return new Result(1.0, MatchMethod.EXACT); // a dictionary word of all its kanji, read so
        }
        return read.kanji().readAs(other.text()) ? new Result(KANJI_READING, MatchMethod.KANJI_READING) : Result.NO;
    }

    /** The result of comparing a part read in Cantonese from Han characters ({@link Cantonese#sameReading}). */
    static Result cantoneseRead(boolean sameReading) {
        return sameReading ? new Result(CANTONESE_READING, MatchMethod.CANTONESE) : Result.NO;
    }

    /**
     * Whether one spelling is the other and one of {@link #SURNAME_ENDINGS}: a family name made of a
     * name. Asked of the canonical spellings and of the letters as typed, as the canonical spelling
     * reads the c of Demirci as s.
     */
    private static boolean familyNameOf(String a, String b) {
        String shorter = a.length() < b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.startsWith(shorter) && SURNAME_ENDINGS.contains(longer.substring(shorter.length()));
    }

    /** Whether a part ends in one of {@link #SURNAME_ENDINGS} after three letters or more. */
    private static boolean familyEnding(String part) {
        return endsInOneOf(part, SURNAME_ENDINGS);
    }

    /** Whether a spelling ends in one of {@code endings} after three letters or more. */
    private static boolean endsInOneOf(String part, Collection<String> endings) {
        for (String e : endings) {
            if (part.length() >= e.length() + 3 && part.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    // the ways Abd and the article are written together, longest first (Abdul, Abdel, Abdou, Abdu ...)
    private static final String[] ABD = {
        "abdoul", "abdul", "abdel", "abdal", "abdol", "abdil", "abdou", "abdu", "abde", "abda", "abdi"
    };

    /**
     * Whether {@code text} is an Abd compound written as one word (Abdelkader, Abdurrahman,
     * Abdulaziz: servant of the Powerful, the Merciful ...) whose name after Abd and the article is
     * {@code shorter} (a canonical spelling), as it is shortened in use: Kader, Rahman, Aziz. Written
     * apart (Abdul Aziz) the part after Abd already meets Aziz; written together it now does too.
     */
    static boolean servantOf(String text, String shorter) {
        // (the Somali Abdi- and West African Abdoul- too: Abdirahman, Abdoulkarim)
        if (!text.startsWith("abd") || shorter.length() < 4 || text.length() < shorter.length() + 4) {
            return false;
        }
        for (String abd : ABD) {
            if (text.startsWith(abd)) {
                String rest = text.substring(abd.length());
                if (rest.length() > 1 && rest.charAt(0) == rest.charAt(1)) {
                    rest = rest.substring(1); // the article assimilated: Abdurrahman, Abdessalam
                }
                // a family name made from the remainder is another family's (Abdulkadyrov / Kadyrov)
                return rest.length() >= 4
                        && !familyEnding(rest)
                        && Orthography.rewrite(rest).equals(shorter);
            }
        }
        return false;
    }

    /** The letters the Arabic article takes the sound of, as Latin spellings start them (ash-Shami, ad-Din, ar-Rashid). */
    private static final String SUN_LETTERS = "tdrzsn";

    /** Shortest name after an article written on ({@link #withoutJoinedArticle}). */
    static final int JOINED_ARTICLE_MIN_REST = 5;

    /**
     * The name after the Arabic article written on to it, as Egyptian, Sudanese and Maghrebi
     * passports print it (Elsayed, Alhashimi, Elkaddafi) or assimilated before a sun letter as the
     * Maghreb writes it (Essayed, Ettayeb, Errachid: the e and one of the doubled letters go), or
     * null; not after an a (Addison is not Dyson, nor Annabel Nabel).
     * The rest must have {@value #JOINED_ARTICLE_MIN_REST} letters or more: Elmira is not Mira, nor
     * Elwood Wood or Alford Ford; and all-, ell- are no article (Allison, Ellen).
     */
    static String withoutJoinedArticle(String text) {
        return joinedArticle(text) ? text.substring(JOINED_ARTICLE) : null;
    }

    /** Letters of an article written on, as {@link #withoutJoinedArticle} reads it: al, el, or e and a doubled letter's first. */
    private static final int JOINED_ARTICLE = 2;

    /** Whether {@link #withoutJoinedArticle} reads an article written on, without making the rest. */
    static boolean joinedArticle(String text) {
        if (text.length() < JOINED_ARTICLE_MIN_REST + JOINED_ARTICLE) {
            return false;
        }
        char first = text.charAt(0);
        char second = text.charAt(1);
        char third = text.charAt(2);
        return (first == 'a' || first == 'e') && second == 'l' && third != 'l'
                || first == 'e' && second == third && SUN_LETTERS.indexOf(second) >= 0;
    }

    /**
     * The comparison of {@code joined}, written with the Arabic article on it ({@link
     * #withoutJoinedArticle}), with {@code plain} as the name after the article, as El Sayed meets
     * Sayed where the article is a particle of its own: {@link MatchMethod#ARTICLE_WRITTEN_ON}, at
     * the score of the rest's comparison and at most a spelling rule's (Elsayed / Sayed 0.96,
     * Elkaddafi / Gaddafi 0.90, sounding alike). Only the rules for spellings of one name count:
     * exact, spelling, and for a rest that starts with a consonant the consonant skeleton or a
     * letter typed otherwise in a rest as long as the other part and with its first letter
     * (Elnaggar / Najjar); not a letter more or fewer, which with the article's two would let
     * Alireza meet Reza, Aliakbar Akbar and Alparslan Arslan, nor a short form or nickname. The
     * letters alone do not tell the article from other names that start so (Aldemir / Demir,
     * Elmurad / Murad, Alberti / Berti): the alignment holds a name that needs this match as a
     * possible hit ({@code NameScore.Limit.ARTICLE_WRITTEN_ON}). Null when it is none of these.
     */
    private Result articleWrittenOn(Part joined, Part plain) {
        if (joined.unvowelled() || plain.unvowelled() || joined.particle() || plain.particle()) {
            return null;
        }
        String text = joined.text();
        // (hot code: the rest is made only for a part as long as the other give or take two)
        if (!joinedArticle(text)
                || Math.abs(text.length() - JOINED_ARTICLE - plain.text().length()) > 2) {
            return null;
        }
        String rest = text.substring(JOINED_ARTICLE);
        Result r = compare(Part.written(rest, false), plain, false);
        MatchMethod m = r.method();
        boolean spelled = m == MatchMethod.EXACT || m == MatchMethod.SPELLING;
        boolean consonant = !Orthography.isVowel(rest.charAt(0));
        // a letter typed otherwise in a rest as long as the other part, from the same first letter
        boolean typed = m == MatchMethod.TYPO
                && rest.length() == plain.text().length()
                && rest.charAt(0) == plain.text().charAt(0);
        if (!spelled && !(consonant && (m == MatchMethod.PHONETIC || typed))) {
            return null;
        }
        return new Result(Math.min(r.score(), SPELLING), MatchMethod.ARTICLE_WRITTEN_ON);
    }

    /**
     * Whether two parts both read as Chinese syllables (pinyin or Wade–Giles), in different numbers
     * and two letters or more apart: one has a syllable the other lacks, which the consonant skeleton
     * can hide (Keqiang has the k of Qiang twice, one of them from ke). Different people, not one
     * spelled two ways. Many short names of other languages also read as such syllables (Hasan is
     * ha-san, Hussein hu-sei-n, Souleimane and Suleman four and three): for them too the skeleton no
     * longer joins parts a syllable apart (Hussein / Hasan, Canada / Gennadii), and a spelling such
     * as Souleimane / Suleman is left to the typo rule (0.80 instead of 0.90).
     */
    static boolean syllableLost(Part a, Part b) {
        return a.syllables() > 0
                && b.syllables() > 0
                && a.syllables() != b.syllables()
                && Math.abs(a.text().length() - b.text().length()) >= 2;
    }

    /**
     * Whether one part starts as a pinyin x does, before i or u (Xinhua, Xu), and the other not with
     * x: pinyin x is said as s or sh, but the skeleton reads it as ks, the k of Kashing (a run
     * written together), while Xenia keeps its ks (Ksenia). (Pinyin q, said ch, is left to the
     * skeleton: Azerbaijani Qismat is Gismet, and Cantonese reads many pinyin qi syllables with k,
     * Qiang / Keung.)
     */
    static boolean otherInitial(Part a, Part b) {
        return pinyinX(a.text()) && b.text().charAt(0) != 'x'
                || pinyinX(b.text()) && a.text().charAt(0) != 'x';
    }

    static boolean pinyinX(String text) {
        return text.length() > 1 && text.charAt(0) == 'x' && (text.charAt(1) == 'i' || text.charAt(1) == 'u');
    }

    /**
     * Shortest spelling as typed whose keying errors count (see {@link #typo}): in a part of four
     * letters, a letter written for a sound (Khan / Shan, Noah / Noam, Shah / Shaw) is not a keying
     * error, and the canonical spellings of such parts are short enough to tolerate none.
     */
    static final int TYPED_MIN_LENGTH = 5;

    /**
     * The typo score of two spellings: 0 beyond the edits tolerated for their length, and for
     * spellings shorter than {@code minLength}.
     */
    private static double typo(String a, String b, int minLength) {
        int shorter = Math.min(a.length(), b.length());
        int bound = shorter < minLength ? 0 : EditDistance.typoBound(shorter);
        if (bound == 0) {
            return 0;
        }
        int d = EditDistance.bounded(a, b, bound);
        return d <= bound ? 1.0 - (double) d / Math.max(a.length(), b.length()) * 0.9 : 0;
    }

    /**
     * Whether {@code withOh} is {@code plain} with a long o written oh before a consonant, as
     * Japanese passports may write it (Ohno / Ono, Ohtani / Otani, Kohno / Kono), and {@code plain}
     * reads as Japanese syllables ({@link #japaneseSyllables}): the German h after o is left to the
     * other rules (Kohl / Kol, Mohr / Mor: an l and a final r make no Japanese syllable; John / Jon,
     * which do, are one name anyway).
     */
    static boolean longOWrittenOh(String withOh, String plain) {
        if (withOh.length() != plain.length() + 1 || withOh.indexOf("oh") < 0) {
            return false;
        }
        int i = 0;
        while (i < plain.length() && withOh.charAt(i) == plain.charAt(i)) {
            i++;
        }
        // the h that differs follows an o and precedes a consonant
        return i > 0
                && withOh.charAt(i) == 'h'
                && plain.charAt(i - 1) == 'o'
                && i < plain.length()
                && !Orthography.isVowel(plain.charAt(i))
                && withOh.regionMatches(i + 1, plain, i, plain.length() - i)
                && japaneseSyllables(plain);
    }

    // consonants that begin a Japanese syllable in Hepburn, longest first
    private static final String[] JAPANESE_ONSETS = {
        "sh", "ch", "ts", "ky", "gy", "ny", "hy", "by", "py", "my", "ry", "j", "k", "g", "s", "z", "t", "d", "n", "h",
        "b", "p", "m", "y", "r", "w", "f"
    };

    /**
     * Whether a spelling reads as Japanese syllables in Hepburn: a vowel after one of {@link
     * #JAPANESE_ONSETS} or alone, n closing a syllable, a doubled consonant before a syllable.
     */
    static boolean japaneseSyllables(String t) {
        int n = t.length();
        boolean[] reached = new boolean[n + 1];
        reached[0] = true;
        for (int i = 0; i < n; i++) {
            if (!reached[i]) {
                continue;
            }
            char c = t.charAt(i);
            if (Orthography.isPlainVowel(c)) {
                reached[i + 1] = true;
                continue;
            }
            if (c == 'n' && (i + 1 == n || !Orthography.isPlainVowel(t.charAt(i + 1)))) {
                reached[i + 1] = true; // syllabic n
            }
            if (i + 1 < n && t.charAt(i + 1) == c && c != 'n') {
                reached[i + 1] = true; // a doubled consonant: the first closes a syllable
            }
            for (String onset : JAPANESE_ONSETS) {
                int end = i + onset.length();
                if (end < n && t.startsWith(onset, i) && Orthography.isPlainVowel(t.charAt(end))) {
                    reached[end + 1] = true;
                }
            }
        }
        return reached[n];
    }

    /**
     * The first words of Yoruba and Igbo names that everyday use drops, keeping the end of the name:
     * Oluwa- and Olu- (God: Oluwaseun / Seun, Olufemi / Femi), Ade- (crown: Adewale / Wale, Adebayo
     * / Bayo), Chukwu- (God: Chukwuemeka / Emeka, Chukwuebuka / Ebuka), Baba- (father: Babatunde /
     * Tunde, Babajide / Jide; not before a rest ending in i, as Persian family names are made:
     * Babamohammadi, Babajani). Ola- (Olamide / Mide) and Igbo Chi- are left out: they start names of
     * other languages too (Basque Olamendi, Olabide; Italian Chiara).
     */
    private static final String[] THEOPHORIC_PREFIXES = {"oluwa", "olu", "chukwu", "ade", "baba"};

    /**
     * Whether {@code shortForm} is {@code full} without one of the {@link #THEOPHORIC_PREFIXES}, with
     * four letters or more left (Seun, Femi, Emeka), as typed, made as Yoruba and Igbo names are
     * ({@link #yorubaIgboSyllables}) and, but after Chukwu-, starting with a consonant: Babakhan /
     * Khan, Olazabal / Zabal, Olaizola / Izola, Adenauer / Nauer are other languages' names. Ade-
     * before l is French Adel- (Adeline / Line) and is left out.
     */
    static boolean withoutTheophoricPrefix(String full, String shortForm) {
        if (shortForm.length() < 4 || full.length() < shortForm.length() + 3 || !full.endsWith(shortForm)) {
            return false;
        }
        String prefix = full.substring(0, full.length() - shortForm.length());
        for (String p : THEOPHORIC_PREFIXES) {
            if (prefix.equals(p)) {
                return !(p.equals("ade") && shortForm.charAt(0) == 'l')
                        // Persian family names made with Baba- end in -i (Babamohammadi, Babajani)
                        && !(p.equals("baba") && shortForm.endsWith("i"))
                        && (p.equals("chukwu") || !Orthography.isPlainVowel(shortForm.charAt(0)))
                        && yorubaIgboSyllables(shortForm);
            }
        }
        return false;
    }

    /**
     * Whether a spelling is made as Yoruba and Igbo names are: open syllables, ending in a vowel
     * (or a vowel and n),
     * two consonants together only as a nasal before another or as the digraphs gb, kp, ch, sh, kw,
     * gw, nw, ny (Seun, Tunde, Kunle, Emeka, Ebuka; not Khan, Zadeh, Nauer, Zabal).
     */
    static boolean yorubaIgboSyllables(String t) {
        int n = t.length();
        if (!Orthography.isPlainVowel(t.charAt(n - 1))
                && !(t.charAt(n - 1) == 'n' && Orthography.isPlainVowel(t.charAt(n - 2)))) {
            return false; // a vowel ends it, or a nasal vowel (Seun)
        }
        for (int i = 0; i + 1 < n; i++) {
            char c = t.charAt(i);
            char d = t.charAt(i + 1);
            if (Orthography.isPlainVowel(c) || Orthography.isPlainVowel(d)) {
                continue;
            }
            String pair = t.substring(i, i + 2);
            if (c != 'n' && c != 'm' && !YORUBA_IGBO_DIGRAPHS.contains(pair)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> YORUBA_IGBO_DIGRAPHS = Set.of("gb", "kp", "ch", "sh", "kw", "gw", "nw", "ny");

    /**
     * Whether two parts as typed are a man's and a woman's form of one given name, as Arabic, Slavic,
     * Romance and French names make them: a final a after a consonant (Samir / Samira, Amin / Amina,
     * Ivan / Ivana, Jan / Jana) or an i (Sami / Samia, Evgeniy / Evgeniya), a Romance final o
     * against a ({@link #ROMANCE_O}: Antonio / Antonia, Fernando / Fernanda), the Slavic -ko
     * against -ka (Branko / Branka, not -enko), Alexander or Alexandre against Alexandra, the Greek
     * -os against -a where the woman's name has six letters or more (Alexandros / Alexandra,
     * Georgios / Georgia, Konstantinos / Konstantina; not shorter, where Spanish family names end
     * so: Santos / Santa, Ramos / Rama), and the French -is / -ise and the doubled l or n and e
     * (Louis / Louise, Daniel / Danielle, Jean / Jeanne; not other French final e, which also
     * writes men's names from other languages, Salmane, Anastase, nor -ette, a diminutive: Janet /
     * Janette). A Slavic family name's feminine (Petrov / Petrova, Golitsyn / Golitsyna) is the same
     * family name, which lists and foreign documents may write in either form, and is left out
     * (-in, which also ends given names, Martin / Martina, and -ko, which also ends Ukrainian family
     * names, are left to the caller, who knows where the family name stands: {@link
     * #slavicFeminineIn}, {@link #slavicKoKa}), as is the final a of Sanskrit names that Hindi does not say
     * (Anand / Ananda, Venkatesh / Venkatesha, Arjun / Arjuna); so are parts of under three letters. The final a is also how West Africa
     * writes Arabic names (Ibrahima, Ismaila, Idrissa, Mariama, Adama): the {@link Aligner} holds such
     * a name at a possible hit, not below it; a sex known to differ takes it lower, and the same sex
     * known on both sides lifts the hold.
     */
    public static boolean otherSexForm(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int n = shorter.length();
        if (n < 3) {
            return false;
        }
        char last = shorter.charAt(n - 1);
        if (longer.length() == n + 1 && longer.startsWith(shorter)) {
            char added = longer.charAt(n);
            if (added == 'a') {
                if (last == 'i' || shorter.endsWith("iy")) {
                    return true; // Sami / Samia, Fawzi / Fawzia, Evgeniy / Evgeniya
                }
                return !Orthography.isPlainVowel(last)
                        && last != 'y'
                        && !shorter.endsWith("ov")
                        && !shorter.endsWith("ev")
                        && !shorter.endsWith("yn")
                        && !shorter.endsWith("sk")
                        // the Sanskrit final a that Hindi does not say: Anand / Ananda, Venkatesh /
                        // Venkatesha, Siddharth / Siddhartha, Arjun / Arjuna
                        && !shorter.endsWith("nd")
                        && !shorter.endsWith("sh")
                        && !shorter.endsWith("th")
                        && !shorter.endsWith("un");
            }
            // French -is / -ise: Louis / Louise, Denis / Denise (a silent e after other letters is
            // often French for a man's name from another language: Salmane, Ousmane, Anastase)
            return added == 'e' && shorter.endsWith("is");
        }
        if (longer.length() == n + 2 && longer.startsWith(shorter) && longer.charAt(n + 1) == 'e') {
            return longer.charAt(n) == last && (last == 'l' || last == 'n'); // Danielle, Jeanne
        }
        if (longer.length() == n + 1
                && n >= 6
                && last == 'a'
                && longer.endsWith("os")
                && longer.regionMatches(0, shorter, 0, n - 1)) {
            return true; // Greek -os / -a: Alexandros / Alexandra, Georgios / Georgia
        }
        if (longer.length() != n || n < 4) {
            return false;
        }
        if (n >= 8 && shorter.regionMatches(0, longer, 0, n - 2) && alexandra(shorter, longer)) {
            return true; // Alexander / Alexandra, Aleksandre / Aleksandra
        }
        if (!(last == 'o' && longer.charAt(n - 1) == 'a' || last == 'a' && longer.charAt(n - 1) == 'o')
                || !shorter.regionMatches(0, longer, 0, n - 1)) {
            return false;
        }
        if (slavicKoKa(shorter, longer)) {
            return true; // Branko / Branka, Zlatko / Zlatka (not Lukashenko / -a)
        }
        String o = last == 'o' ? shorter : longer;
        for (String ending : ROMANCE_O) {
            if (o.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two parts are the French man's and woman's forms in -in and -ine (Justin / Justine,
     * Martin / Martine, Paulin / Pauline, Valentin / Valentine; Turkish Emin / Emine), as the
     * orthography spells them alike (Valentyn / Valentine, Martyn / Martine too): one written with
     * the final e, the other without. The orthography reads that e as silent, since French writes
     * so Arabic and Russian names of men too (Yassine, Amine, Eltsine), so this is asked only where
     * the two sexes are known to differ ({@link Aligner.Memo#sexes}), not of a name alone.
     */
    public static boolean frenchFeminineIne(Part a, Part b) {
        String o = a.ortho();
        int n = o.length();
        return a.text().endsWith("e") != b.text().endsWith("e")
                && n >= 4
                && o.equals(b.ortho())
                && o.endsWith("in")
                && !Orthography.isVowel(o.charAt(n - 3));
    }

    /**
     * Whether two parts as typed are one Arabic root in two patterns, the plain name CaCaC and its
     * diminutive CuCayC (fu'ayl): the same consonants, and at some vowel between two of them, with
     * another vowel before the consonant before it, the plain part writes a or e (or aa) before and
     * a single a (or aa) there, the diminutive a u or o (ou, oo, oe, uu) before and a diphthong
     * there (a run that starts ay, ai, ey or ei, as eyi; or ee, ie) (Hasan / Husayn,
     * Hassan / Hussein, Hassaan / Hoosain, Xasan / Xuseen, Hamad / Humaid, Jabar / Jubair). Different
     * names, which the consonant skeleton joins; one spelling never writes the other's vowels so. A
     * single e or i for the diphthong is left alone by this rule, as it writes other names too
     * (Pakistani Suleman is Sulaiman); the table lists such spellings of Husayn where they are known
     * (Ethiopian Hussen, Malay Husin is not), and so are parts whose first vowels agree:
     * the nisba drops the diminutive's ay (Quraysh, al-Qurashi / al-Quraishi; Juhaini / Juhani), and
     * other languages write names so (Romain / Roman, Mikhail / Michal). Umar / Umair, whose first
     * vowels agree, is in the table of names of one root instead ({@code root_names.csv}).
     */
    public static boolean otherPatternOfRoot(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0 || rootVowel(a, 0) != rootVowel(b, 0)) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean found = false;
        // the vowel runs before the last consonant runs, or -1 (runs alternate, so a vowel run with
        // one before it follows a consonant run)
        int beforeI = -1;
        int beforeEndI = -1;
        int beforeJ = -1;
        int beforeEndJ = -1;
        int vowelI = -1;
        int vowelEndI = -1;
        int vowelJ = -1;
        int vowelEndJ = -1;
        while (i < n && j < m) {
            int ei = i;
            boolean v = rootVowel(a, i);
            while (ei < n && rootVowel(a, ei) == v) {
                ei++;
            }
            int ej = j;
            while (ej < m && rootVowel(b, ej) == v) {
                ej++;
            }
            if (ej == j) {
                return false; // a vowel against a consonant: the parts are not of one shape
            }
            if (v) {
                if (ei < n && ej < m && beforeI >= 0 && beforeJ >= 0) {
                    // a vowel between two consonants on both sides, after another vowel
                    found |= plain(a, beforeI, beforeEndI, i, ei) && diminutive(b, beforeJ, beforeEndJ, j, ej)
                            || plain(b, beforeJ, beforeEndJ, j, ej) && diminutive(a, beforeI, beforeEndI, i, ei);
                }
                vowelI = i;
                vowelEndI = ei;
                vowelJ = j;
                vowelEndJ = ej;
            } else {
                if (!sameConsonants(a, i, ei, b, j, ej)) {
                    return false;
                }
                beforeI = vowelI;
                beforeEndI = vowelEndI;
                beforeJ = vowelJ;
                beforeEndJ = vowelEndJ;
            }
            i = ei;
            j = ej;
        }
        return found && i == n && j == m;
    }

    /** Whether the letter at {@code i} is a vowel (a y too, but before a vowel at the start). */
    private static boolean rootVowel(String s, int i) {
        char c = s.charAt(i);
        return Orthography.isPlainVowel(c)
                || c == 'y' && !(i == 0 && i + 1 < s.length() && Orthography.isPlainVowel(s.charAt(i + 1)));
    }

    /**
     * Whether the vowel runs {@code [from, to)} and, before it, {@code [before, beforeEnd)} are the
     * plain pattern's: an a, e or aa (Hasan, Hessen, Haasan), then a single a or aa (Hasan, Hassaan).
     */
    private static boolean plain(String s, int before, int beforeEnd, int from, int to) {
        char first = s.charAt(before);
        return (beforeEnd - before == 1 && (first == 'a' || first == 'e') || run(s, before, beforeEnd, "aa"))
                && (to - from == 1 && s.charAt(from) == 'a' || run(s, from, to, "aa"));
    }

    /**
     * Whether the vowel runs {@code [from, to)} and, before it, {@code [before, beforeEnd)} are the
     * diminutive's: a u or o (ou, oo, oe, uu: Houssein, Hoosain), then a run that starts with the
     * diphthong ay, ai, ey or ei (Husayn, Huseyin), or the ee of Somali and the ie of English
     * spellings (Xuseen, Hussien).
     */
    private static boolean diminutive(String s, int before, int beforeEnd, int from, int to) {
        char u = s.charAt(before);
        int length = beforeEnd - before;
        boolean uBefore = (u == 'u' || u == 'o')
                && (length == 1
                        || length == 2
                                && (run(s, before, beforeEnd, "ou")
                                        || run(s, before, beforeEnd, "oo")
                                        || run(s, before, beforeEnd, "oe")
                                        || run(s, before, beforeEnd, "uu")));
        if (!uBefore || to - from < 2) {
            return false;
        }
        char first = s.charAt(from);
        char second = s.charAt(from + 1);
        return (first == 'a' || first == 'e') && (second == 'y' || second == 'i')
                || run(s, from, to, "ee")
                || run(s, from, to, "ie");
    }

    /** Whether {@code s[from, to)} is {@code text}. */
    private static boolean run(String s, int from, int to, String text) {
        return to - from == text.length() && s.startsWith(text, from);
    }

    /** Whether two consonant runs are the same letters, a doubled letter written once (Hassan / Husayn). */
    private static boolean sameConsonants(String a, int i, int ei, String b, int j, int ej) {
        while (i < ei && j < ej) {
            if (a.charAt(i) != b.charAt(j)) {
                return false;
            }
            char c = a.charAt(i);
            while (i < ei && a.charAt(i) == c) {
                i++;
            }
            while (j < ej && b.charAt(j) == c) {
                j++;
            }
        }
        return i == ei && j == ej;
    }

    /**
     * Whether two parts as typed are a name of five letters or more ending in -in and the same with
     * a final a: a Slavic family name and its feminine where a family name stands (Putin / Putina,
     * Borodin / Borodina), a man's and a woman's given name elsewhere (Martin / Martina; Amin / Amina,
     * of four letters, is always the latter).
     */
    public static boolean slavicFeminineIn(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= 5
                && shorter.endsWith("in")
                && longer.length() == shorter.length() + 1
                && longer.startsWith(shorter)
                && longer.endsWith("a");
    }

    /**
     * Whether two parts as typed are a name in -ko and the same in -ka (not -enko): a Slavic man's
     * and woman's given name (Branko / Branka, Zlatko / Zlatka), or a Ukrainian family name that
     * Belarusian writes -ka (Klymko / Klymka, as Lukashenko / Lukashenka), which the caller tells
     * apart by the rest of the name.
     */
    public static boolean slavicKoKa(String a, String b) {
        int n = a.length();
        return n >= 4
                && b.length() == n
                && a.regionMatches(0, b, 0, n - 1)
                && a.charAt(n - 2) == 'k'
                && !a.endsWith("enko")
                && !b.endsWith("enko")
                && (a.endsWith("o") && b.endsWith("a") || a.endsWith("a") && b.endsWith("o"));
    }

    /**
     * Endings of Slavic family names, in the spelling the rules write them (-ovic as ovik): Ivanov,
     * Petrovic, Kowalski, Bondarenko.
     */
    private static final List<String> SLAVIC_FAMILY_ENDINGS =
            List.of("ov", "ova", "ev", "eva", "vik", "ski", "ska", "enko");

    /**
     * Whether a part ends as a Slavic family name does ({@link #SLAVIC_FAMILY_ENDINGS}), after three
     * letters or more: Petrovic, Ivanov; not Vitali, whose -li ends Turkish family names.
     */
    public static boolean slavicFamilyName(Part part) {
        return endsInOneOf(part.ortho(), SLAVIC_FAMILY_ENDINGS);
    }

    /**
     * Whether two spellings of one length and the same letters but the last two are Alexander and
     * Alexandra: -xander, -ksander, -xandre or -ksandre against -xandra, -ksandra. Not -nder / -ndra
     * at large: Punjabi and Hindi write one man's name so (Ravinder / Ravindra, Chander / Chandra).
     */
    private static boolean alexandra(String a, String b) {
        String man = a.endsWith("andra") ? b : a;
        String woman = man == a ? b : a;
        return (woman.endsWith("xandra") || woman.endsWith("ksandra"))
                && (man.endsWith("ander") || man.endsWith("andre"));
    }

    /**
     * Endings of Romance men's names whose women's names end in a instead (Antonio / Antonia,
     * Fernando / Fernanda, Paolo / Paola, Carlo / Carla, Bruno / Bruna, Lorenzo / Lorenza, Mateo /
     * Matea, Paulo / Paula, Marcelo / Marcela, Angelo / Angela). A final o against a is also Tajik against Uzbek (Abdullo / Abdulla, Mirzo / Mirza),
     * Balkan (Savo / Sava, Danilo / Danila), Belarusian (Lukashenka / Lukashenko) and Somali for
     * Arabic (Hindo / Hinda, Amino / Amina, Halimo / Halima): one name each, and none of them ends
     * so.
     */
    private static final String[] ROMANCE_O = {
        "io", "rto", "sco", "dro", "ano", "ato", "rdo", "nzo", "olo", "rlo", "uno", "ando", "eo", "aulo", "rcelo",
        "ngelo"
    };

    /**
     * Whether two spellings that start with vowels the transcription of Arabic and Persian short
     * vowels confuses (a / e, i / e, u / o) are the same once their leading vowels are dropped, with
     * three letters or more left: Iyad / Eyad, Umar / Omar, Ibrahim / Ebrahim; or but for a final i
     * or u one of them adds, as Swahili does to Arabic names (since stop 27: Omari / Umar, Usmani /
     * Osman, Ibrahimu / Ebrahim; not a final a or e, a woman's name in many languages). The letters
     * that follow must agree (Atwine is not Edwin, Omar is not Amir, Ozan is not Uzun), and short
     * names stay apart (Eli / Ali, Eva / Ava, Iman / Oman).
     */
    static boolean sameAfterLeadingVowels(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || !confusedVowels(a.charAt(0), b.charAt(0))) {
            return false;
        }
        int i = 0;
        while (i < a.length() && Orthography.isPlainVowel(a.charAt(i))) {
            i++;
        }
        int j = 0;
        while (j < b.length() && Orthography.isPlainVowel(b.charAt(j))) {
            j++;
        }
        int restA = a.length() - i;
        int restB = b.length() - j;
        int rest = Math.min(restA, restB);
        if (rest < 3 || Math.abs(restA - restB) > 1 || !a.regionMatches(i, b, j, rest)) {
            return false;
        }
        if (restA == restB) {
            return true;
        }
        char last = restA > restB ? a.charAt(a.length() - 1) : b.charAt(b.length() - 1);
        char before = restA > restB ? a.charAt(a.length() - 2) : b.charAt(b.length() - 2);
        return (last == 'i' || last == 'u') && !Orthography.isVowel(before);
    }

    /** Whether the two are vowels that transcriptions of Arabic and Persian confuse: a / e, e / i, o / u. */
    static boolean confusedVowels(char x, char y) {
        char lo = (char) Math.min(x, y);
        char hi = (char) Math.max(x, y);
        return lo == 'a' && hi == 'e' || lo == 'e' && hi == 'i' || lo == 'o' && hi == 'u';
    }

    /**
     * Whether two spellings of the same length differ only in voicing (b/p, d/t, g/k, z/s, v/f/w),
     * as romanisations that do not mark voicing do (Korean Il-Kyu / Il-Gyu, Pu / Bu). Catches the
     * short parts the typo and skeleton rules leave out; no allocation.
     */
    static boolean sameUpToVoicing(String a, String b) {
        return Orthography.sameUpToVoicing(a, b, false);
    }
}
