package org.mpaka.edifact.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mpaka.edifact.Segment;

/**
 * The tokenizer's short-string cache must be invisible: every component equals the characters
 * written, as the former one-{@code new String}-per-component tokenizer returned. The oracle is
 * the generator itself; the alphabet {@code A a B} gives equal-length strings with equal hash codes
 * ({@code "Aa"} and {@code "BB"}) and forces slot collisions, lengths straddle the cache
 * limit, and released separators and a 64-character window exercise the copying paths.
 */
class TokenizerShortStringCacheTest {

    private static final String[] TAGS = {"TAA", "TAB", "TBA", "NAD", "DTM"};

    @Test
    void componentsEqualTheWrittenCharactersDespiteCacheCollisions() throws IOException {
        Random random = new Random(20261123L);
        List<String> tags = new ArrayList<>();
        List<List<List<String>>> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 3000; s++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            tags.add(tag);
            text.append(tag);
            List<List<String>> elements = new ArrayList<>();
            int elementCount = 1 + random.nextInt(5);
            for (int e = 0; e < elementCount; e++) {
                text.append('+');
                List<String> comps = new ArrayList<>();
                int compCount = 1 + random.nextInt(4);
                for (int c = 0; c < compCount; c++) {
                    if (c > 0) {
                        text.append(':');
                    }
                    StringBuilder value = new StringBuilder();
                    int length = random.nextInt(12);
                    for (int i = 0; i < length; i++) {
                        if (random.nextInt(20) == 0) {
                            text.append("?+");
                            value.append('+');
                        } else {
                            char ch = "AaB".charAt(random.nextInt(3));
                            text.append(ch);
                            value.append(ch);
                        }
                    }
                    comps.add(value.toString());
                }
                elements.add(comps);
            }
            text.append(random.nextBoolean() ? "'\n" : "'");
            expected.add(elements);
        }
        for (long sizeHint : new long[] {0, text.length()}) {
            Tokenizer tokenizer = new Tokenizer(new StringReader(text.toString()), sizeHint);
            for (int s = 0; s < expected.size(); s++) {
                Segment segment = tokenizer.next();
                assertThat(segment.tag()).isEqualTo(tags.get(s));
                List<List<String>> elements = expected.get(s);
                assertThat(segment.elementCount()).isEqualTo(elements.size());
                for (int e = 0; e < elements.size(); e++) {
                    assertThat(segment.components(e + 1))
                            .as("segment %d element %d", s, e + 1)
                            .containsExactlyElementsOf(elements.get(e));
                }
            }
            assertThat(tokenizer.next()).isNull();
            assertThat(tokenizer.drainNotes()).isEmpty();
        }
    }
}
