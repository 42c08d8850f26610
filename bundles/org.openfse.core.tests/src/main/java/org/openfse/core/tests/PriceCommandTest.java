package org.openfse.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.command.CliCommand;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/**
 * The public contract of {@code openfse cli price} (docs/cli.md, issue 6) with the real services
 * of the product: the tariff engine, the optician, nurse and doctor rules with their tables, and
 * the router with its default configuration (direct transport {@code mail}).
 */
@ExtendWith(ServiceExtension.class)
class PriceCommandTest {

    @InjectService(filter = "(openfse.command=price)", timeout = 10_000)
    CliCommand price;

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    // Seed 002, invoice 254 of 28/05/2024 (FSE + DRE, tiers payant AMO and AMC; AMO 01.000.0000,
    // AMC 1100000000 "Mut. Test CNDA"): totals 415.00 / 0.09 / 100.00 / 314.91.
    @Test
    void seedInvoice254() throws IOException {
        Path file = Files.writeString(folder.resolve("254.json"), """
                {"specialty":"optician","date":"2024-05-28",
                 "coverage":{"nature":"maladie","alsaceMoselle":false,"ald":false,"c2s":false},
                 "amo":{"organisme":"010000000","tiersPayant":true},
                 "amc":{"amount":"100.00","organisme":"1100000000","management":"separate","tiersPayant":true},
                 "lines":[{"code":"VU3","lpp":"7230795","quantity":1,"unitPrice":"103.00"},
                          {"code":"VU3","lpp":"7230795","quantity":1,"unitPrice":"103.00"},
                          {"code":"M03","lpp":"7211674","quantity":1,"unitPrice":"209.00"}]}
                """, StandardCharsets.UTF_8);

        Run run = run(null, file.toString());

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertEquals("""
                {
                  "lines": [
                    {
                      "code": "VU3",
                      "net": "103.00",
                      "base": "0.05",
                      "rate": 60,
                      "amo": "0.03",
                      "amc": "24.82",
                      "patient": "78.15"
                    },
                    {
                      "code": "VU3",
                      "net": "103.00",
                      "base": "0.05",
                      "rate": 60,
                      "amo": "0.03",
                      "amc": "24.82",
                      "patient": "78.15"
                    },
                    {
                      "code": "M03",
                      "net": "209.00",
                      "base": "0.05",
                      "rate": 60,
                      "amo": "0.03",
                      "amc": "50.36",
                      "patient": "158.61"
                    }
                  ],
                  "totals": {
                    "net": "415.00",
                    "amo": "0.09",
                    "amc": "100.00",
                    "patient": "314.91"
                  },
                  "routing": {
                    "flow": "FSE_AND_DRE",
                    "fseDestination": "010000000",
                    "dreDestination": "1100000000",
                    "transport": "mail",
                    "tiersPayantAmo": true,
                    "tiersPayantAmc": true
                  }
                }
                """, run.out());
    }

    // DOMAIN.md and NGAP article 11 B: AMI 2 = 6.30 in full, AIS 1 = 2.65 noted at half = 1.325 ->
    // 1.33; IFD 2.75 (avenant 10); AMO 60 %: 3.78 + 0.80 + 1.65 = 6.23. Read from standard input.
    @Test
    void nurseInvoiceFromStandardInput() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"amo\":{\"organisme\":\"01C751809\"},"
                + "\"lines\":[{\"code\":\"AMI\",\"coefficient\":2},{\"code\":\"AIS\",\"coefficient\":1},{\"code\":\"IFD\"}]}", "-");

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"code\": \"AIS\",\n      \"net\": \"1.33\""), run.out());
        assertTrue(run.out().contains("\"totals\": {\n    \"net\": \"10.38\",\n    \"amo\": \"6.23\",\n    \"amc\": \"0.00\",\n"
                + "    \"patient\": \"4.15\"\n  }"), run.out());
        assertTrue(run.out().contains("\"flow\": \"FSE_RO\",\n    \"fseDestination\": \"01C751809\""), run.out());
    }

    // Convention médicale 2024: G 30.00, AMO 70 % = 21.00; C2S, tiers payant intégral: the C2S
    // pays 9.00 in gestion unique with the AMO (seed 002: "C2S (RO) régime obligatoire").
    @Test
    void doctorInvoiceUnderC2s() {
        Run run = run("{\"specialty\":\"doctor\",\"date\":\"2025-03-15\",\"coverage\":{\"c2s\":true,\"forcings\":[\"c2s\"]},"
                + "\"amo\":{\"organisme\":\"01C751809\"},\"lines\":[{\"code\":\"G\"}]}", "-");

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"net\": \"30.00\",\n    \"amo\": \"21.00\",\n    \"amc\": \"9.00\",\n    \"patient\": \"0.00\""),
                run.out());
        assertTrue(run.out().contains("\"flow\": \"FSE_RO_RC\""), run.out());
        assertTrue(run.out().contains("\"tiersPayantAmo\": true,\n    \"tiersPayantAmc\": true"), run.out());
        assertTrue(run.out().contains("\"forcings\": [\n    \"c2s\"\n  ]"), run.out());
    }

    @Test
    void anUnknownCodeExitsWithTwoNamingTheField() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\"},{\"code\":\"XYZ\"}]}", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("Entrée invalide (lines[1].code) : Le code XYZ n'existe pas dans la table NGAP infirmiers.", run.err().strip());
    }

    // The BSI forfaits exist from 28/01/2024 only (tariffs of 28/01/2024): a day before is an error, not a zero.
    @Test
    void aDayBeforeAPriceExistedExitsWithTwo() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2024-01-27\",\"lines\":[{\"code\":\"BSA\"}]}", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("Entrée invalide (lines[0].code) : Le code BSA n'a pas de tarif au 27/01/2024 (zone metro, table NGAP infirmiers).",
                run.err().strip());
    }

    @Test
    void invalidInputsExitWithTwoNamingTheField() {
        assertRefused("{\"specialty\":\"dentist\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"SC\"}]}", "specialty");
        assertRefused("{\"specialty\":\"nurse\",\"date\":\"2025-13-01\",\"lines\":[{\"code\":\"AMI\"}]}", "date");
        assertRefused("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[]}", "lines");
        assertRefused("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"coverage\":{\"exemption\":\"99\"},\"lines\":[{\"code\":\"AMI\"}]}",
                "coverage.exemption");
        assertRefused("{\"specialty\":\"optician\",\"date\":\"2024-05-28\",\"lines\":[{\"code\":\"VU3\",\"unitPrice\":\"103.00\"}]}",
                "lines[0].lpp");
        assertRefused("{\"specialty\":\"optician\",\"date\":\"2024-05-28\",\"lines\":[{\"code\":\"M01\",\"lpp\":\"2210546\","
                + "\"unitPrice\":\"30.01\"}]}", "lines[0].unitPrice");
        assertRefused("{\"specialty\":\"optician\",\"date\":\"2024-05-28\",\"amc\":{\"amount\":\"500.00\"},\"lines\":[{\"code\":\"VU3\","
                + "\"lpp\":\"7230795\",\"unitPrice\":\"103.00\"}]}", "amc.amount");
    }

    @Test
    void unreadableJsonExitsWithTwoSayingWhere() {
        Run run = run("{\"specialty\":\"nurse\",", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("JSON illisible (ligne 1, colonne 22) : le texte s'arrête avant la fin de la valeur", run.err().strip());
    }

    @Test
    void batchPricesOneInvoicePerLine() throws IOException {
        String nurse = "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"coefficient\":2}]}";
        String doctor = "{\"specialty\":\"doctor\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"G\"}]}";
        Path file = Files.writeString(folder.resolve("batch.jsonl"), nurse + "\n" + doctor + "\n{\"specialty\":\"nurse\"}\n",
                StandardCharsets.UTF_8);

        Run run = run(null, "--batch", file.toString());

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).contains("\"totals\":{\"net\":\"6.30\",\"amo\":\"3.78\",\"amc\":\"0.00\",\"patient\":\"2.52\"}"), lines.get(0));
        assertTrue(lines.get(1).contains("\"totals\":{\"net\":\"30.00\",\"amo\":\"19.00\",\"amc\":\"0.00\",\"patient\":\"11.00\"}"), lines.get(1));
        assertEquals("{\"error\":{\"line\":3,\"field\":\"date\",\"message\":\"champ obligatoire absent\"}}", lines.get(2));

        Run summary = run(null, "--batch", "--summary", file.toString());
        assertEquals("{\"invoices\":3,\"priced\":2,\"refused\":1,\"totals\":{\"net\":\"36.30\",\"amo\":\"22.78\",\"amc\":\"0.00\","
                + "\"patient\":\"13.52\"}}", summary.out().strip());
    }

    @Test
    void helpListsTheCommand() {
        assertEquals("price", price.name());
        assertTrue(price.summary().startsWith("calcule les parts AMO"), price.summary());
    }

    private void assertRefused(String json, String field) {
        Run run = run(json, "-");
        assertEquals(CliCommand.INVALID_INPUT, run.code(), run.out());
        assertTrue(run.err().startsWith("Entrée invalide (" + field + ") : "), run.err());
    }

    /** Runs the command, with {@code stdin} (if any) as the process's standard input. */
    private Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream previous = System.in;
        if (stdin != null) {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            int code = price.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(previous);
        }
    }
}
