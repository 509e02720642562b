package org.mpaka.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mpaka.identity.Role;

/**
 * All text people read comes from the message bundles: no literal text in templates, every key
 * present in English and French, and the partial Kinyarwanda and Swahili bundles use only real
 * keys.
 */
class MessageBundleTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)' \\+");

    @Test
    void templatesHaveNoTextOutsideTheBundles() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template)
                    .replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script[^>]*>.*?</script>", "<script></script>")
                    .replaceAll("(?s)<style[^>]*>.*?</style>", "<style></style>")
                    .replaceAll("(?i)<!DOCTYPE[^>]*>", "");
            Matcher text = TEXT.matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (content.codePoints().anyMatch(Character::isLetter)) {
                    violations.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                violations.add(TEMPLATES.relativize(template) + ": attribute " + attribute.group(0));
            }
        }
        assertThat(violations)
                .as("put these texts in messages*.properties and use th:text / th:attr")
                .isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExistsInEnglishAndFrench() throws IOException {
        Properties en = bundle("messages.properties");
        Properties fr = bundle("messages_fr.properties");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher key = KEY.matcher(html);
            while (key.find()) {
                for (var lang : List.of(en, fr)) {
                    if (!lang.containsKey(key.group(1))) {
                        missing.add(key.group(1) + (lang == en ? " (en)" : " (fr)"));
                    }
                }
            }
            Matcher prefix = DYNAMIC_KEY.matcher(html);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (en.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(p + "* (en)");
                }
            }
        }
        for (Role role : Role.values()) {
            for (var lang : List.of(en, fr)) {
                if (!lang.containsKey("role." + role.name())) {
                    missing.add("role." + role.name() + (lang == en ? " (en)" : " (fr)"));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void englishAndFrenchAreComplete() throws IOException {
        Set<String> en = bundle("messages.properties").stringPropertyNames();
        Set<String> fr = bundle("messages_fr.properties").stringPropertyNames();
        assertThat(new TreeSet<>(fr)).as("keys in French").isEqualTo(new TreeSet<>(en));
    }

    @Test
    void partialBundlesUseOnlyKnownKeys() throws IOException {
        Set<String> en = bundle("messages.properties").stringPropertyNames();
        for (String file : List.of("messages_rw.properties", "messages_sw.properties")) {
            Set<String> keys = bundle(file).stringPropertyNames();
            assertThat(keys).as(file).isNotEmpty();
            assertThat(en).as(file + " keys must exist in English").containsAll(keys);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list =
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
