package org.openfse.noemie.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the code asks for is in the French base file, and the file holds no unused key. */
class MessagesTest {

    private static final Pattern KEY = Pattern.compile("Texts\\.get\\(\"([a-zA-Z.]+)\"");

    @Test
    void keysInTheCodeAndInTheFileAreTheSame() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages.properties")) {
            texts.load(in);
        }

        assertEquals(used, new TreeSet<>(texts.stringPropertyNames()));
        assertTrue(Texts.get("cli.partial", 2).startsWith("2 enregistrement(s)"), Texts.get("cli.partial", 2));
        assertEquals("Aucune donnée n'a pu être lue dans f : r", Texts.get("cli.unreadable", "f", "r"));
    }
}
