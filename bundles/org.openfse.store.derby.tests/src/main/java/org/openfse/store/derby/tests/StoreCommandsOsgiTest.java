package org.openfse.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.command.CliCommand;
import org.openfse.core.store.Store;
import org.openfse.model.api.Patient;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The store's commands as the command line finds them: CliCommand services with their
 * {@code openfse.command} names, bound to the configured store. This runtime is in production
 * mode (openfse.mode, set by the build), so no demo data is seeded.
 */
@ExtendWith(ServiceExtension.class)
class StoreCommandsOsgiTest {

    private static final String COMMANDS = "(|(openfse.command=patients)(openfse.command=backup)(openfse.command=restore)"
            + "(openfse.command=bench))";

    @BeforeAll
    static void configureTheStore(@InjectService ConfigurationAdmin configurationAdmin) throws IOException {
        TestStore.configure(configurationAdmin);
    }

    private static String[] run(CliCommand command, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = command.run(List.of(args), o, e);
        }
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void theFourCommandsAreRegisteredAndWorkOnTheStore(
            @InjectService(filter = TestStore.CONFIGURED, timeout = 20_000) Store store,
            @InjectService(filter = COMMANDS, cardinality = 4, timeout = 20_000) ServiceAware<CliCommand> commands)
            throws IOException {
        Map<String, CliCommand> byName = new TreeMap<>();
        for (ServiceReference<CliCommand> reference : commands.getServiceReferences()) {
            byName.put((String) reference.getProperty(CliCommand.NAME_PROPERTY), commands.getService(reference));
        }
        assertEquals(List.of("backup", "bench", "patients", "restore"), List.copyOf(byName.keySet()));
        byName.forEach((name, command) -> assertEquals(name, command.name()));

        long before = store.inTransaction(tx -> tx.repository(Patient.class).count());
        Path csv = Files.writeString(TestStore.newFolder("csv-").resolve("patients.csv"),
                "nom;prenom;nir_assure;qualite\nLambert;Claire;280057512345674;00\n"); // key 97 - (2800575123456 mod 97) = 74
        String[] imported = run(byName.get("patients"), "import", csv.toString());
        assertEquals("0", imported[0], imported[2]);
        assertEquals(before + 1, store.inTransaction(tx -> tx.repository(Patient.class).count()));

        String[] refused = run(byName.get("patients"), "import", Files.writeString(csv.resolveSibling("bad.csv"),
                "nom;prenom;nir_assure\nLambert;Claire;280057512345675\n").toString());
        assertEquals("2", refused[0]);
        assertTrue(refused[2].contains("ligne 2, colonne « nir_assure »"), refused[2]);

        Path backups = TestStore.newFolder("cli-backup-");
        String[] saved = run(byName.get("backup"), backups.toString());
        assertEquals("0", saved[0], saved[2]);
        assertTrue(Files.isRegularFile(backups.resolve("db/service.properties")));

        assertTrue(store.inTransaction(tx -> tx.setting("demo.seeded")).isEmpty(), "production mode: no demo data");
    }
}
