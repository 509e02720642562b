package org.mpaka.screening.internal;

import java.util.List;

/**
 * Letters other alphabets write for the sound English writes j, read as j when a name has been
 * folded to ASCII and has lost the marks that show its alphabet: the Turkish c (Cemal / Jamal,
 * Recep / Rajab; with the Turkish ev and ey for the Arabic diphthongs: Mevlut / Mawlud) and the g of
 * Egyptian spellings of Arabic names (Gamal / Jamal, Naguib / Najib, Ragab / Rajab, Hegazy / Hijazi);
 * and the x that Uzbek and Azerbaijani Latin and the GOST romanisation of Russian write for the kh
 * of English spellings (Zaxar / Zakhar, Toxtaxunov / Tokhtakhunov, Baxtiyor / Bakhtiyor), which
 * English spellings of other names read as ks (Maxim); and the di of French spellings of West
 * African names (Diallo / Jalloh, Diatta / Jatta). Tried after every other part rule has
 * failed, and only where the other part has a j (or a diphthong, or a kh) for the letter to meet;
 * flags worked out when a part is made ({@link #letters}) keep the comparison of parts that have
 * none of these letters free.
 */
final class LettersForJ {

    private LettersForJ() {}

    /**
     * Whether the lower-case ASCII part {@code read}, with its letters for j read as j (and, for the
     * Turkish c, ev and ey as aw and ay), is the name {@code other} spells otherwise: the same
     * spelling once the rules are applied (e read as a and voiced consonants as voiceless, as Turkish
     * writes them), or the same consonant skeleton of four letters or more in spellings at most one
     * letter apart in length (Gabrielle is not Jibril).
     */
    static boolean readAlike(Part read, Part other) {
        return readAlike(read, other, false);
    }

    /**
     * {@link #readAlike} by the readings that explain a difference better than a keying error would:
     * the x for kh (Xasanov / Khasanov: two letters typed, one name in two alphabets) and the French
     * di (Diakite / Jakite).
     */
    static boolean beforeTypo(Part read, Part other) {
        return readAlike(read, other, true);
    }

    private static boolean readAlike(Part read, Part other, boolean beforeTypo) {
        int t = read.jLetters();
        int o = other.jLetters();
        boolean turkish =
                !beforeTypo && ((t & TURKISH_C) != 0 && (o & J) != 0 || (t & EV_EY) != 0 && (o & DIPHTHONG) != 0);
        boolean egyptian = !beforeTypo && (t & EGYPTIAN_G) != 0 && (o & J) != 0;
        // not in a part read as Chinese syllables, whose x is pinyin (Zhixin is not Zhikhin)
        boolean xForKh = (t & X_FOR_KH) != 0 && (o & KH) != 0 && read.syllables() == 0;
        boolean frenchDi = (t & FRENCH_DI) != 0 && (o & J) != 0;
        if (!turkish && !egyptian && !xForKh && !frenchDi) {
            return false;
        }
        String text = read.text();
        String spelled = turkish ? TurkicLatin.spelling(text) : text;
        if (egyptian) {
            spelled = gAsJ(spelled);
        }
        spelled = readWith(spelled, frenchDi, xForKh);
        if (spelled.equals(text)) {
            return false;
        }
        String ortho = Orthography.rewrite(spelled);
        if (ortho.equals(other.ortho()) || Orthography.sameUpToVoicing(ortho, other.ortho(), true)) {
            return true;
        }
        if (frenchDi && writtenWithW(ortho, other.ortho())) {
            return true;
        }
        if (xForKh && !turkish && !egyptian && !frenchDi) {
            // the x reading meets only the same spelling: by skeleton, Maxine met Mukhin and Baxter
            // Bakhtiyar
            return false;
        }
        // four consonants or more say enough on their own (Megahed / Mujahid, Torgaman / Turjuman);
        // three do not (Regina / Rajan, Logan / Lujan, Marcia / Marja are other names)
        String skeleton = Orthography.skeleton(ortho);
        return skeleton.length() >= 4
                && skeleton.equals(other.skeleton())
                && Math.abs(ortho.length() - other.ortho().length()) <= 1;
    }

    /**
     * The spellings (after the orthography rules) of the part read with its x as kh or its French di
     * as j, for look-up keys: none for a part with neither; for a French reading that ends in o, also
     * with the w English spellings add (Diallo: jalo and jalow, for Jalloh and Jallow). {@link
     * #readAlike} meets such a reading with the same spelling, which the key then finds.
     */
    static List<String> readingsForKeys(Part p) {
        int t = p.jLetters();
        boolean xForKh = (t & X_FOR_KH) != 0 && p.syllables() == 0;
        boolean frenchDi = (t & FRENCH_DI) != 0;
        if (!xForKh && !frenchDi || p.unvowelled()) {
            return List.of();
        }
        String spelled = readWith(p.text(), frenchDi, xForKh);
        if (spelled.equals(p.text())) {
            return List.of();
        }
        String read = Orthography.rewrite(spelled);
        return frenchDi && read.endsWith("o") ? List.of(read, read + "w") : List.of(read);
    }

    /** {@code spelled} with its French di read as j and its x as kh, as asked. */
    private static String readWith(String spelled, boolean frenchDi, boolean xForKh) {
        String out = frenchDi ? Orthography.westAfricanReading(spelled) : spelled;
        return xForKh ? out.replace("x", "kh") : out;
    }

    /**
     * Whether {@code english} is {@code french} and a w, as English spellings of West African names
     * end the o in w or h (Jallow, Jalloh / Diallo): the rules drop the h after a vowel, not the w.
     */
    private static boolean writtenWithW(String french, String english) {
        return english.length() == french.length() + 1 && english.endsWith("w") && english.startsWith(french);
    }

    /** {@link #letters} flag: a c as Turkish writes it ({@link #turkishC}). */
    static final int TURKISH_C = 1;
    /** {@link #letters} flag: an ev or ey. */
    static final int EV_EY = 2;
    /** {@link #letters} flag: a j. */
    static final int J = 4;
    /** {@link #letters} flag: a diphthong as other spellings write it (aw, ay, au, ai, ow). */
    static final int DIPHTHONG = 8;
    /** {@link #letters} flag: a g that Egyptian spellings write for j ({@link #gForJ}). */
    static final int EGYPTIAN_G = 16;
    /** {@link #letters} flag: an x that may write kh ({@link #xForKh}). */
    static final int X_FOR_KH = 32;
    /** {@link #letters} flag: a kh. */
    static final int KH = 64;

    /** {@link #letters} flag: a di French spellings of West African names write for j ({@link #frenchDi}). */
    static final int FRENCH_DI = 128;

    /** The flags of the letters {@link #readAlike} looks for in a lower-case ASCII part. */
    static int letters(String t) {
        int flags = turkishC(t) ? TURKISH_C : 0;
        if (frenchDi(t)) {
            flags |= FRENCH_DI;
        }
        if (turkishDiphthong(t)) {
            flags |= EV_EY;
        }
        if (t.indexOf('j') >= 0) {
            flags |= J;
        }
        if (t.contains("aw") || t.contains("ay") || t.contains("au") || t.contains("ai") || t.contains("ow")) {
            flags |= DIPHTHONG;
        }
        if (gForJ(t, 0) >= 0) {
            flags |= EGYPTIAN_G;
        }
        if (xForKh(t)) {
            flags |= X_FOR_KH;
        }
        if (t.contains("kh")) {
            flags |= KH;
        }
        return flags;
    }

    /**
     * Whether the part, of five letters or more, has an x that does not end it, and no kh: the part
     * is then read with each x as kh. An x that starts a pinyin syllable (Xu, Xiang, Xiaoping) is
     * the sound s or sh, not kh, so a part that starts with xi or xu never is (Xu is not Khu);
     * Uzbek and Azerbaijani names have other vowels there (Xolmatov, Xasan, Xədicə). English names
     * end in x (Alex, Cox, Max), and an x there is ks: a review found Alex / Alekh and Cox / Kokh
     * (Koch) read alike. The Albanian xh is j (Hoxha), not kh.
     */
    private static boolean xForKh(String t) {
        int x = t.indexOf('x');
        return t.length() >= 5
                && x >= 0
                && t.charAt(t.length() - 1) != 'x'
                && !t.contains("kh")
                && !t.contains("xh")
                && !PartSimilarity.pinyinX(t);
    }

    /**
     * Whether the part, of six letters or more, starts with a di (or an ndi) before a or o that French
     * spellings of West African names write for the j of English ones ({@link
     * Orthography#westAfricanReading}: Diallo / Jalloh, Diatta / Jatta, Diagne / Jagne, Ndiaye /
     * Njaye). A name that writes ou as French does gets that reading as a form of its own; this flag
     * reads the parts of names that have no ou (Mariama Diallo), against a part with a j only.
     * Shorter parts are other names (Diana is not Jana, Dion not Jon), and so are the European names
     * in dian-, dion- (Dianne / Janne, Dionne / Jonne) and a di inside a part (Nadiah / Najah, Radiah
     * / Rajah).
     */
    private static boolean frenchDi(String t) {
        if (t.length() < 6) {
            return false;
        }
        int i = t.startsWith("di") ? 0 : t.startsWith("ndi") ? 1 : -1;
        if (i < 0) {
            return false;
        }
        char vowel = t.charAt(i + 2);
        return (vowel == 'a' || vowel == 'o') && t.charAt(i + 3) != 'n';
    }

    /**
     * Whether the part has an ev before a consonant or an ey not at its end, which Turkish writes for
     * the Arabic diphthongs (Mevlut, Zeynep); the Russian -ev and -ey endings (Aliyev, Sergey) are not.
     */
    private static boolean turkishDiphthong(String t) {
        for (int i = t.indexOf('e'); i >= 0 && i + 2 < t.length(); i = t.indexOf('e', i + 1)) {
            char next = t.charAt(i + 1);
            char after = t.charAt(i + 2);
            if (next == 'y' || next == 'v' && !Orthography.isVowel(after)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the part has a c before e or i, or before a d, m, n, b or v (Necmettin, Necdet). Before
     * a, o and u the c of Romance names is a k that meets Arabic names with j too often (Camila /
     * Jamila); before e and i it is an s, whose names seldom have a j for the same consonants (Cesar /
     * Jasir is one); before those consonants it is seldom written at all but in Turkish.
     */
    private static boolean turkishC(String t) {
        for (int i = t.indexOf('c'); i >= 0; i = t.indexOf('c', i + 1)) {
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            if (next == 'e' || next == 'i' || next == 'd' || next == 'm' || next == 'n' || next == 'b' || next == 'v') {
                return true;
            }
        }
        return false;
    }

    /**
     * The index from {@code from} of a g Egyptian spellings write for j: before a, e or i (Gamal,
     * Hegazy), or gu before e or i (Naguib); not after an n (a nasal: Nganga) nor in gh; -1 if none.
     * Before o and u the g stays (Gordon is not Jordan).
     */
    private static int gForJ(String t, int from) {
        for (int i = t.indexOf('g', from); i >= 0; i = t.indexOf('g', i + 1)) {
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            char after = i + 2 < t.length() ? t.charAt(i + 2) : 0;
            boolean vowel = next == 'a' || next == 'e' || next == 'i' || next == 'u' && (after == 'e' || after == 'i');
            if (vowel && (i == 0 || t.charAt(i - 1) != 'n')) {
                return i;
            }
        }
        return -1;
    }

    /** The part with each g Egyptian spellings write for j ({@link #gForJ}) as j, and gu before e or i as j. */
    private static String gAsJ(String t) {
        StringBuilder out = new StringBuilder(t.length());
        int from = 0;
        for (int i = gForJ(t, 0); i >= 0; i = gForJ(t, from)) {
            out.append(t, from, i).append('j');
            from = i + 1;
            if (t.charAt(from) == 'u'
                    && from + 1 < t.length()
                    && (t.charAt(from + 1) == 'e' || t.charAt(from + 1) == 'i')) {
                from++; // the French gu: Naguib is Najib
            }
        }
        return out.append(t, from, t.length()).toString();
    }
}
