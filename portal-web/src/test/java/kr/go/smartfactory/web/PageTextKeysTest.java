package kr.go.smartfactory.web;

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

import kr.go.smartfactory.aftersales.domain.AsCategory;
import kr.go.smartfactory.aftersales.domain.AsSeverity;
import kr.go.smartfactory.aftersales.domain.AsStatus;
import kr.go.smartfactory.aftersales.domain.HandlerKind;
import kr.go.smartfactory.aftersales.domain.SlaState;

/**
 * Every text a page or a backing bean names by a literal key ({@code msg['…']}, {@code Messages.text/info/error("…")},
 * a confirmation after {@code Actions.call}) is in the Korean and in the English page bundle, and the two bundles have
 * the same keys: a visitor never sees a bare key or a page half in the other language. Keys built from an enum
 * ({@code 'as.status.'.concat(…)}) are checked for every constant.
 */
class PageTextKeysTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BUNDLE = "src/main/resources/kr/go/smartfactory/web/i18n/messages_%s.properties";
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "Messages\\.(?:text|info|error|flashInfo)\\(\"([A-Za-z0-9.]+)\"|Actions\\.(?:call|run)\\([^;]*?, \"([A-Za-z0-9.]+)\"\\)");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(String.format(BUNDLE, language)))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The keys of the page bundle and of the rules' bundle (Messages.text looks in both). */
    private static Set<String> known(String language) throws IOException {
        Set<String> keys = new TreeSet<>(bundle(language).stringPropertyNames());
        try (InputStream in = PageTextKeysTest.class.getResourceAsStream("/ValidationMessages_" + language + ".properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                keys.addAll(p.stringPropertyNames());
            }
        }
        return keys;
    }

    private static Set<String> used(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null && !m.group(g).endsWith(".")) { // "prefix." + value: checked per enum below
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void koreanAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> ko = bundle("ko").stringPropertyNames();
        Set<String> en = bundle("en").stringPropertyNames();
        Set<String> onlyKo = new TreeSet<>(ko);
        onlyKo.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(ko);
        assertEquals(Set.of(), onlyKo, "in Korean only");
        assertEquals(Set.of(), onlyEn, "in English only");
    }

    @Test
    void everyLiteralKeyHasItsText() throws IOException {
        Set<String> keys = used(WEBAPP, ".xhtml", PAGE_KEY);
        keys.addAll(used(SOURCES, ".java", CODE_KEY));
        assertTrue(keys.size() > 500, "the scan finds the pages' keys: " + keys.size());
        for (String language : List.of("ko", "en")) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(known(language));
            assertEquals(Set.of(), missing, "keys without a text in " + language);
        }
    }

    @Test
    void afterServiceWordsForEveryConstant() throws IOException {
        Set<String> keys = new TreeSet<>();
        Stream.of(AsStatus.values()).forEach(v -> keys.add("as.status." + v));
        Stream.of(AsCategory.values()).forEach(v -> keys.add("as.category." + v));
        Stream.of(AsSeverity.values()).forEach(v -> keys.add("as.severity." + v));
        Stream.of(HandlerKind.values()).forEach(v -> keys.add("as.handlerKind." + v));
        Stream.of(SlaState.values()).forEach(v -> keys.add("as.sla." + v));
        for (int level = 0; level <= kr.go.smartfactory.aftersales.domain.AsRequest.MAX_ESCALATION; level++) {
            keys.add("as.escalation." + level);
        }
        for (int score = 1; score <= 5; score++) {
            keys.add("as.rating.choice." + score);
        }
        for (String language : List.of("ko", "en")) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertEquals(Set.of(), missing, "after-service words missing in " + language);
        }
    }
}
