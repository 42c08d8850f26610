package org.openfse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.command.CliCommand;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The public contract of {@code openfse cli version} and {@code openfse cli doctor} (docs/cli.md),
 * with the real services of the product: a Derby store in this test's data folder, the card
 * drivers, demo mode.
 */
@ExtendWith(ServiceExtension.class)
class CliCommandsTest {

    private static final Pattern DOCTOR_LINE = Pattern.compile("(OK     |ERREUR ) [^:]+ : .+");

    @InjectService(filter = "(openfse.command=doctor)", timeout = 10_000)
    CliCommand doctor;

    @InjectService(filter = "(openfse.command=version)", timeout = 10_000)
    CliCommand version;

    private static String run(CliCommand command, int expectedCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(expectedCode, code, () -> text + err.toString(StandardCharsets.UTF_8));
        return text;
    }

    @Test
    void versionPrintsTheProductNameAndBundleVersion() {
        assertTrue(run(version, CliCommand.OK).matches("OpenFSE 0\\.1\\.0\\.\\S+\\R"));
    }

    @Test
    void doctorChecksJavaDataFolderDatabaseAndCardReadersOneLineEach() {
        List<String> lines = run(doctor, CliCommand.OK).lines().toList();
        for (String line : lines) {
            assertTrue(DOCTOR_LINE.matcher(line).matches(), line);
        }
        List<String> subjects = lines.stream().map(l -> l.substring(8, l.indexOf(" : "))).toList();
        assertEquals(List.of("Java", "Dossier de données", "Base de données", "Lecteurs de cartes", "Données de référence"), subjects);
        assertTrue(lines.stream().allMatch(l -> l.startsWith("OK")), lines::toString);
    }
}
