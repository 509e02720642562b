package org.mpaka.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture corpus in {@code src/test/resources/edifact} (see SOURCES.txt there). */
final class Corpus {

    private Corpus() {}

    static Path dir() {
        URL url = Corpus.class.getResource("/edifact/SOURCES.txt");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every EDIFACT fixture file (the smooks expected XML excluded). */
    static List<Path> files() {
        try (Stream<Path> s = Files.walk(dir())) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> !p.getFileName().toString().equals("SOURCES.txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The GTAS fixture whose name ends with {@code suffix}. */
    static Path gtas(String suffix) {
        return files().stream()
                .filter(p -> p.getFileName().toString().endsWith(suffix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(suffix));
    }

    /** The first message of {@code text}, for hand-written test messages. */
    static EdifactMessage first(String text) {
        try {
            return EdifactReader.readAll(text).get(0);
        } catch (NotEdifactException e) {
            throw new AssertionError(e);
        }
    }

    static List<EdifactMessage> read(Path p) throws IOException, NotEdifactException {
        try (InputStream in = Files.newInputStream(p);
                EdifactReader r = EdifactReader.open(in)) {
            List<EdifactMessage> out = new java.util.ArrayList<>();
            for (EdifactMessage m; (m = r.next()) != null; ) {
                out.add(m);
            }
            return out;
        }
    }
}
