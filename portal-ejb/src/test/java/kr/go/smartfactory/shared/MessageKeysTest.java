package kr.go.smartfactory.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key a rule refuses with ({@code new DomainException("…")}, {@code onField(…, "…")}, a collector's
 * {@code add(…, "…")}, {@code Texts.required/optional(…, "…")}) has its text in Korean and in English: a user never
 * sees a bare key.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("new DomainException\\(\"([a-zA-Z0-9.]+)\"\\)"),
            Pattern.compile("onField\\(\"[A-Za-z0-9.]+\", \"([a-zA-Z0-9.]+)\"\\)"),
            Pattern.compile("problems\\.add\\(\"[A-Za-z0-9.]+\", \"([a-zA-Z0-9.]+)\"\\)"),
            Pattern.compile("Texts\\.(?:required|optional)\\([^;]*?, \"[A-Za-z0-9.]+\", \"([a-zA-Z0-9.]+)\"\\)"));

    static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern use : KEY_USES) {
                    Matcher m = use.matcher(source);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyRefusalHasItsTextInKoreanAndEnglish() throws IOException {
        Set<String> used = keysUsed();
        assertTrue(used.size() > 100, "the scan finds the rules' keys: " + used.size());
        for (String bundle : List.of("/ValidationMessages_ko.properties", "/ValidationMessages_en.properties")) {
            Properties texts = load(bundle);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals(Set.of(), missing, bundle + " lacks texts for keys the rules use");
        }
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream(bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
