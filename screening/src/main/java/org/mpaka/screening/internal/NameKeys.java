package org.mpaka.screening.internal;

import java.util.List;

/**
 * Candidate keys of a name: what the index posts a name under and what a query looks up. Keys are
 * grouped in slots (one per part, one per run of parts written together); a name collects, per
 * slot, the weight of its best key only.
 *
 * <ul>
 *   <li>{@code o:} the part after orthography rules (weight 1.0);
 *   <li>for a part with the Arabic article written on (Elsayed, Essayed), all the keys below of the
 *       name after it too, on both sides;
 *   <li>for a part with an x read as kh (Uzbek Latin, GOST: Xodorkovskij) or a French di read as j
 *       (Diakite), {@code o:} of that reading too (0.9), on both sides;
 *   <li>{@code s:} its consonant skeleton (0.9; for a part read from Arabic or Hebrew script that starts with
 *       a vowel, also with each other leading vowel: Usama, Osama), also for 2-3 adjacent parts
 *       written together, so Abdul Rahman finds Abdulrahman (a query also looks up such runs in reverse order, so a
 *       family name written first or last meets the same keys), as a Latin spelling
 *       (a run read from Arabic script also with the h of rhmn kept);
 *   <li>{@code c:} for a part or a run of parts written with Chinese syllables, the syllables
 *       as classes that a syllable's pinyin and Wade-Giles spellings share ({@link
 *       ChineseSyllables#classKeys}: Tsai Ing-wen / Cai Yingwen, Chao Tzu-yang / Zhao Ziyang), 0.9;
 *   <li>{@code v:} the skeleton of a listed run with the Arabic article said as the sun letter
 *       after it (Nur al-Din as nuradin, which Nureddin meets), looked up by a query's single parts;
 *       a query's run posts the same reading as an {@code s:} key that looks up listed parts only;
 *   <li>{@code d:} the skeleton with one letter deleted, for skeletons of 5 or more (0.6; shorter skeletons
 *       would meet most names of their length, and their typos are met by {@code e:}); a query
 *       also looks up its deletions as {@code s:} and its skeleton as {@code d:}, so one consonant
 *       inserted, deleted or replaced still meets (symmetric deletion);
 *   <li>{@code e:} the spelling after orthography rules and each form with one letter deleted,
 *       for parts of 4 letters or more (0.7), looked up the same way by queries: one letter
 *       inserted, deleted, replaced or two swapped still meet, vowels included;
 *   <li>{@code p:} / {@code x:} one part the start of the other, both of 4 letters or more (0.5),
 *       for truncated MRZ names and shortened forms: a listed part posts its prefixes as {@code p:}
 *       and itself as {@code x:}, a query part looks itself up as {@code p:} and its prefixes as
 *       {@code x:}.
 * </ul>
 *
 * A query also looks up the {@code o:} keys of its parts' nicknames (0.9); not of their forms in
 * other languages, which are common given names whose lists would be read for every John (the
 * family name finds those candidates). Particles and initials get no keys of their own.
 */
public final class NameKeys {

    /** Receives keys. */
    public interface Sink {
        /** One key of the given slot with its type weight. */
        void key(int slot, String key, float typeWeight);

        /**
         * Two keys of one slot that must weigh the same (a run of parts written together in both
         * orders), so that the order of the listed name does not change its rank.
         */
        default void keyPair(int slot, String a, String b, float typeWeight) {
            key(slot, a, typeWeight);
            key(slot, b, typeWeight);
        }

        /** A key of a query's run that looks up listed parts only, not listed runs. */
        default void partKey(int slot, String key, float typeWeight) {
            key(slot, key, typeWeight);
        }
    }

    private static final char[] LEADING_VOWELS = {'a', 'e', 'i', 'o', 'u'};

    /**
     * Most readings of a name read from kanji ({@link KanjiReadings#spellings}) that get look-up
     * keys of their own: those of the longest runs of kanji, which the readings of whole names are.
     */
    static final int KANJI_KEYED_READINGS = 32;

    /** Shortest skeleton that gets one-deletion keys. */
    static final int MIN_DELETION_SKELETON = 5;

    private NameKeys() {}

    /**
     * Emits the keys of a name.
     *
     * @param query whether the name is a query (queries also look up nickname equivalents)
     * @return the number of slots used
     */
    public static int emit(NormalizedName name, boolean query, Nicknames nicknames, Sink sink) {
        int slot = 0;
        for (Part p : name.parts()) {
            if (p.particle() || p.initial()) {
                continue;
            }
            emitPart(slot, p, query, sink);
            if (query) {
                for (String nick : nicknames.equivalents(p.text())) {
                    sink.key(slot, "o:" + Orthography.rewrite(nick), 0.9f);
                }
            }
            slot++;
        }
        return emitRuns(name, slot, query, sink);
    }

    /**
     * Emits the keys of runs of 2 or 3 adjacent parts written together, one slot per run from
     * {@code slot} on; a query also looks each run up in the other order.
     *
     * @return the next free slot
     */
    public static int emitRuns(NormalizedName name, int slot, boolean query, Sink sink) {
        List<Part> parts = name.parts();
        for (int start = 0; start < parts.size(); start++) {
            // a run is read as its first part is: a name read from Arabic or Hebrew script keeps the
            // h after a consonant (abd al rhmn), as its parts' keys and the alignment's runs do, and
            // is also read as a Latin spelling is (abd al hmyd meets Abdulhamid, whose h after the
            // l a Latin skeleton reads as the Slavic g)
            boolean unvowelled = parts.get(start).unvowelled();
            StringBuilder sb = new StringBuilder(parts.get(start).text());
            for (int len = 2; len <= 3 && start + len <= parts.size(); len++) {
                sb.append(parts.get(start + len - 1).text());
                String[] keys = runSkeletons(sb, unvowelled);
                if (query) {
                    // the same parts written together in the other order (family name first or last)
                    StringBuilder rev = new StringBuilder();
                    for (int i = start + len - 1; i >= start; i--) {
                        rev.append(parts.get(i).text());
                    }
                    String[] revKeys = runSkeletons(rev, unvowelled);
                    for (int r = 0; r < keys.length; r++) {
                        sink.keyPair(slot, "s:" + keys[r], "s:" + revKeys[Math.min(r, revKeys.length - 1)], 0.9f);
                    }
                } else {
                    for (String key : keys) {
                        sink.key(slot, "s:" + key, 0.9f);
                    }
                }
                if (allSyllables(parts, start, len)) {
                    // Chinese syllables written apart in one system, together in the other
                    // (Ing-wen / Yingwen, Tzu-yang / Ziyang), as each part's own syllables (the run's
                    // letters may split otherwise: chih san is not chi hsan); weighed as a run, not
                    // a part, among runs
                    for (String c : syllableClasses(parts, start, len)) {
                        if (query) {
                            sink.keyPair(slot, "c:" + c, "c:" + c, 0.9f);
                        } else {
                            sink.key(slot, "c:" + c, 0.9f);
                        }
                    }
                }
                if (len == 3
                        && Aligner.assimilatedArticle(name, start + 1)
                        && parts.get(start + 2).text().charAt(0) != 'l') {
                    // the article said as the sun letter after it, as the alignment writes such a
                    // run (Aligner.concat) and a name written together spells it: Nur al-Din /
                    // Nureddin, Abd al-Rahman / Abdurrahman. Posted as a run of its own kind, which
                    // only a query's single part looks up (v:), and looked up by a query among
                    // listed parts only: a run written apart meets a part written together this way,
                    // never another run (Ahmed al-Zahrani and Ahmed Zahrani meet as they did, by
                    // their parts). Before an l the reading's skeleton is the run's own (Abd
                    // al-Latif), which needs no key of its own.
                    String said = Aligner.concat(name, start, len, Aligner.ARTICLE_ASSIMILATED);
                    for (String skel : runSkeletons(said, unvowelled)) {
                        if (query) {
                            sink.partKey(slot, "s:" + skel, 0.9f);
                        } else {
                            sink.key(slot, "v:" + skel, 0.9f);
                        }
                    }
                }
                slot++;
            }
        }
        return slot;
    }

    private static boolean allSyllables(List<Part> parts, int start, int len) {
        for (int i = start; i < start + len; i++) {
            if (parts.get(i).syllables() == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The skeletons of a run written together: as a Latin spelling, and for a run read from Arabic
     * or Hebrew script also as such a reading, where that differs.
     */
    private static String[] runSkeletons(CharSequence run, boolean unvowelled) {
        String text = run.toString();
        String latin = Orthography.skeleton(Orthography.rewrite(text));
        if (!unvowelled) {
            return new String[] {latin};
        }
        String read = readSkeleton(text);
        return read.equals(latin) ? new String[] {latin} : new String[] {latin, read};
    }

    /** The skeleton of a text read from Arabic or Hebrew script, as {@link Part} makes it. */
    private static String readSkeleton(String text) {
        return Orthography.skeleton(Orthography.unvowelled(text), false);
    }

    /** The class keys of a run of parts, each part's own ({@link ChineseSyllables#classKeys}) in turn. */
    private static List<String> syllableClasses(List<Part> parts, int start, int len) {
        List<String> keys = List.of("");
        for (int i = start; i < start + len; i++) {
            keys = ChineseSyllables.followedBy(
                    keys, ChineseSyllables.classKeys(parts.get(i).text()));
        }
        return keys;
    }

    /**
     * Emits the keys of one part (not a particle or an initial) in the given slot, and for a part
     * with the Arabic article written on (Elsayed) those of the name after it too, posted and looked
     * up both ways, as the article may be on the listed part or on the query's.
     */
    public static void emitPart(int slot, Part p, boolean query, Sink sink) {
        emitKeys(slot, p, query, sink);
        String rest = p.unvowelled() ? null : PartSimilarity.withoutJoinedArticle(p.text());
        if (rest != null) {
            emitKeys(slot, Part.written(rest, false), query, sink);
        }
    }

    private static void emitKeys(int slot, Part p, boolean query, Sink sink) {
        sink.key(slot, "o:" + p.ortho(), 1.0f);
        if (p.kanji() != null) {
            // a name read from kanji is also looked up by the readings its kanji can have
            for (String reading : p.kanji().spellings(KANJI_KEYED_READINGS)) {
                String ortho = Orthography.rewrite(reading);
                sink.key(slot, "o:" + ortho, 1.0f);
                sink.key(slot, "s:" + Orthography.skeleton(ortho, true), 0.9f);
            }
        }
        // the x of Uzbek Latin and GOST read as kh (Xodorkovskij), the French di of West African
        // names as j (Diallo, and Jallow's w): the alignment meets such a reading only so spelled
        for (String read : LettersForJ.readingsForKeys(p)) {
            sink.key(slot, "o:" + read, 0.9f);
        }
        if (p.syllables() > 0) {
            // the part's Chinese syllables as classes the same in pinyin and Wade-Giles (Tsai / Cai)
            for (String c : ChineseSyllables.classKeys(p.text())) {
                sink.key(slot, "c:" + c, 0.9f);
            }
        }
        String skel = p.skeleton();
        sink.key(slot, "s:" + skel, 0.9f);
        if (p.unvowelled() && p.text().contains("sh")) {
            // read from Arabic or Hebrew script: the sh of msh (משה) also as the s Latin spellings'
            // rules make of it (Moshe). Only the sh: the whole Latin rewrite read letters that meet
            // only because the vowels between them are not written (the h of hsn, Hassan, as in
            // Hsien; a review found true hits crowded out by such keys)
            String s = readSkeleton(p.text().replace("sh", "s"));
            if (!s.equals(skel)) {
                sink.key(slot, "s:" + s, 0.9f);
            }
        }
        if (p.unvowelled() && !skel.isEmpty() && Orthography.isPlainVowel(skel.charAt(0))) {
            // read from Arabic or Hebrew script: the leading vowel is not known (Usama, Osama)
            for (char v : LEADING_VOWELS) {
                if (v != skel.charAt(0)) {
                    sink.key(slot, "s:" + v + skel.substring(1), 0.9f);
                }
            }
        }
        if (skel.length() >= MIN_DELETION_SKELETON) {
            for (int i = 0; i < skel.length(); i++) {
                String deleted = skel.substring(0, i) + skel.substring(i + 1);
                sink.key(slot, "d:" + deleted, 0.6f);
                if (query) {
                    sink.key(slot, "s:" + deleted, 0.6f); // the query has an extra consonant
                }
            }
        }
        if (query) {
            sink.key(slot, "v:" + skel, 0.9f); // a listed run with the article said (see emitRuns)
        }
        if (query && skel.length() >= MIN_DELETION_SKELETON - 1) {
            sink.key(slot, "d:" + skel, 0.6f); // the listed name has an extra consonant
        }
        String o = p.ortho();
        if (o.length() >= 4) {
            // symmetric deletion on the spelling itself: one letter inserted, deleted, replaced or
            // two swapped, vowels included (Rousreau / Rousseau, where the skeleton is too short)
            sink.key(slot, "e:" + o, 0.7f);
            for (int i = 0; i < o.length(); i++) {
                if (i > 0 && o.charAt(i) == o.charAt(i - 1)) {
                    continue; // same deletion as the previous letter
                }
                sink.key(slot, "e:" + joinDeleted(o, i), 0.7f);
            }
        }
        if (o.length() >= 4) {
            // one part the start of the other (truncated MRZ names, shortened forms): a listed
            // part posts its proper prefixes of 4 letters or more as p: and itself as x:; a query
            // part looks itself up as p: and its prefixes as x:
            sink.key(slot, (query ? "p:" : "x:") + o, 0.5f);
            for (int len = 4; len < o.length(); len++) {
                sink.key(slot, (query ? "x:" : "p:") + o.substring(0, len), 0.5f);
            }
        }
    }

    /**
     * {@code o} without its letter {@code i}, written once where that brings two equal letters
     * together (Nsubuga less its b is nsuga, as the orthography would write nsuuga), so that
     * deletions stay comparable with spellings, which never double a letter.
     */
    static String joinDeleted(String o, int i) {
        if (i > 0 && i + 1 < o.length() && o.charAt(i - 1) == o.charAt(i + 1)) {
            return o.substring(0, i) + o.substring(i + 2);
        }
        return o.substring(0, i) + o.substring(i + 1);
    }

    /** A 37-bit hash of a key (FNV-1a 64 folded), as the index stores it (the name is historical). */
    public static long hash38(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return (h ^ (h >>> 37)) & ((1L << 37) - 1); // 37 bits: (hash << 26) stays positive, so sorted
    }
}
