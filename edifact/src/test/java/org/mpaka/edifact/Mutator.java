package org.mpaka.edifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Mutates fixture texts the way broken senders and transports do, for the fuzz tests. */
final class Mutator {

    /** Fixture texts, cut to 8 KiB so that one execution stays cheap. */
    static final List<String> SEEDS = Corpus.files().stream().map(Mutator::load).toList();

    private static final String SPECIAL = "'+:?*\n\r \u0002\u0003UNAUNBUNHUNTUNZSRCTIFTVLNADDOCDTM\u2019\\$-";

    private Mutator() {}

    private static String load(Path p) {
        try {
            String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            return s.length() > 8192 ? s.substring(0, 8192) : s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Applies 1 to 8 random edits to a random seed. */
    static String mutate(Random r) {
        StringBuilder b = new StringBuilder(SEEDS.get(r.nextInt(SEEDS.size())));
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits && !b.isEmpty(); i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(7)) {
                case 0 -> b.insert(at, SPECIAL.charAt(r.nextInt(SPECIAL.length())));
                case 1 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(40)));
                case 2 -> b.setCharAt(at, (char) r.nextInt(0x3000));
                case 3 -> {
                    int end = Math.min(b.length(), at + 1 + r.nextInt(200));
                    b.insert(r.nextInt(b.length()), b.substring(at, end));
                }
                case 4 -> b.setLength(at);
                case 5 -> b.setCharAt(at, SPECIAL.charAt(r.nextInt(SPECIAL.length())));
                default -> {
                    int end = Math.min(b.length(), at + r.nextInt(12));
                    b.replace(at, end, SEEDS.get(r.nextInt(SEEDS.size())).substring(0, Math.min(9, b.length())));
                }
            }
        }
        return b.toString();
    }

    /**
     * Reads {@code text} completely and maps every message as both PAXLST and PNRGOV. Throws
     * whatever the library throws, except the documented {@link NotEdifactException}.
     *
     * @return number of messages read
     */
    static int exercise(String text) {
        try {
            int n = 0;
            for (EdifactMessage m : EdifactReader.readAll(text)) {
                Paxlst.from(m);
                Pnrgov.from(m);
                m.diagnostics().forEach(Diagnostic::toString);
                n++;
            }
            return n;
        } catch (NotEdifactException expected) {
            return -1;
        }
    }
}
