package org.openfse.tariff.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.Money;
import org.openfse.core.command.CliCommand;

/** The command's contract (docs/cli.md) with a fake engine and router. */
class PriceCommandTest {

    private static final String NURSE = "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"coefficient\":2}]}";

    @TempDir
    Path folder;

    private final Fakes.Engine engine = new Fakes.Engine();

    /** Exit code, stdout, stderr. */
    private record Run(int code, String out, String err) {
    }

    @Test
    void pricesAFileAndPrintsTheContractShape() throws IOException {
        Path file = write("invoice.json", """
                {"specialty":"nurse","date":"2025-03-15","amo":{"organisme":"01C751809"},"amc":{"amount":"1.00"},
                 "lines":[{"code":"AMI","coefficient":2},{"code":"IFD","unitPrice":"2.75"}]}
                """);

        Run run = run(null, file.toString());

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals("""
                {
                  "lines": [
                    {
                      "code": "AMI",
                      "net": "20.00",
                      "base": "20.00",
                      "rate": 60,
                      "amo": "12.00",
                      "amc": "0.00",
                      "patient": "8.00"
                    },
                    {
                      "code": "IFD",
                      "net": "2.75",
                      "base": "2.75",
                      "rate": 60,
                      "amo": "1.65",
                      "amc": "1.00",
                      "patient": "0.10"
                    }
                  ],
                  "totals": {
                    "net": "22.75",
                    "amo": "13.65",
                    "amc": "1.00",
                    "patient": "8.10"
                  },
                  "routing": {
                    "flow": "FSE_AND_DRE",
                    "fseDestination": "01C751809",
                    "dreDestination": null,
                    "transport": "mail",
                    "tiersPayantAmo": false,
                    "tiersPayantAmc": true
                  }
                }
                """, run.out());
    }

    @Test
    void aDashReadsStandardInput() {
        Run run = run(NURSE, "-");

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"flow\": \"FSE_RO\""), run.out());
        assertTrue(run.out().contains("\"fseDestination\": null"), "no organisme in the input: " + run.out());
    }

    @Test
    void forcingsAreEchoed() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"coverage\":{\"forcings\":[\"c2s\",\"nature\"]},"
                + "\"lines\":[{\"code\":\"AMI\"}]}", "-");

        assertTrue(run.out().contains("\"forcings\": [\n    \"nature\",\n    \"c2s\"\n  ]"), run.out());
    }

    @Test
    void nothingToRouteIsSaidInTheRoutingObject() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"unitPrice\":\"0.00\"}]}", "-");

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertTrue(run.out().contains("\"flow\": null,\n    \"message\": \"Rien à transmettre.\""), run.out());
    }

    @Test
    void invalidInputExitsWithTwoNamingTheField() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\",\"quantity\":0}]}", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("Entrée invalide (lines[0].quantity) : quantité attendue"), run.err());
    }

    @Test
    void aPricingRefusalExitsWithTwoNamingTheField() {
        Run run = run("{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"lines\":[{\"code\":\"AMI\"},{\"code\":\"ZZZ\"}]}", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("Entrée invalide (lines[1].code) : Le code ZZZ n'existe pas dans la table de test." + System.lineSeparator(), run.err());
    }

    @Test
    void unreadableJsonExitsWithTwoSayingWhere() {
        Run run = run("{\"specialty\":\"nurse\",\n \"date\": 2025-03-15}", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("JSON illisible (ligne 2, colonne 14) : caractère inattendu « - »", run.err().strip());
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        Run run = runBytes(new byte[] {'{', (byte) 0xC3, '}'}, "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertTrue(run.err().contains("n'est pas en UTF-8"), run.err());
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertEquals(CliCommand.OK, run("\uFEFF" + NURSE, "-").code());
    }

    @Test
    void aMissingFileOrFolderIsRefused() {
        Run missing = run(null, folder.resolve("none.json").toString());
        assertEquals(CliCommand.INVALID_INPUT, missing.code());
        assertTrue(missing.err().startsWith("Fichier illisible « ") && missing.err().contains("fichier introuvable"), missing.err());

        Run directory = run(null, folder.toString());
        assertEquals(CliCommand.INVALID_INPUT, directory.code());
        assertTrue(directory.err().contains("dossier"), directory.err());
    }

    @Test
    void wrongArgumentsPrintTheUsage() {
        for (List<String> args : List.of(List.<String>of(), List.of("a.json", "b.json"), List.of("--summary", "a.json"),
                List.of("--batch", "--batch", "a.jsonl"), List.of("--verbose", "a.json"))) {
            Run run = run(null, args.toArray(String[]::new));
            assertEquals(CliCommand.INVALID_INPUT, run.code(), args::toString);
            assertTrue(run.err().startsWith("Usage : ./openfse cli price"), run.err());
        }
    }

    @Test
    void batchWritesOneLineOfResultPerInvoiceAndKeepsGoingAfterARefusal() {
        String input = NURSE + "\n\n{oops\n" + NURSE.replace("AMI", "ZZZ") + "\r\n" + NURSE;

        Run run = run(input, "--batch", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        List<String> lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("{\"lines\":[{\"code\":\"AMI\",\"net\":\"20.00\",\"base\":\"20.00\",\"rate\":60,"), lines.get(0));
        assertEquals("{\"error\":{\"line\":3,\"field\":\"(json)\",\"message\":\"Ligne 3 : JSON illisible (colonne 2) : "
                + "caractère inattendu « o »\"}}", lines.get(1));
        assertEquals("{\"error\":{\"line\":4,\"field\":\"lines[0].code\",\"message\":\"Le code ZZZ n'existe pas dans la table de test.\"}}",
                lines.get(2));
        assertEquals(lines.get(0), lines.get(3));
        assertTrue(run.err().contains("Ligne 4 : entrée invalide (lines[0].code)"), run.err());
        assertTrue(run.err().contains("2 facture(s) refusée(s) sur 4"), run.err());
    }

    @Test
    void batchSummaryCountsAndAddsUp() {
        Run run = run(NURSE + "\n" + NURSE + "\n" + NURSE.replace("AMI", "ZZZ") + "\n", "--batch", "--summary", "-");

        assertEquals(CliCommand.INVALID_INPUT, run.code());
        assertEquals("{\"invoices\":3,\"priced\":2,\"refused\":1,\"totals\":{\"net\":\"40.00\",\"amo\":\"24.00\",\"amc\":\"0.00\","
                + "\"patient\":\"16.00\"}}\n", run.out());
    }

    @Test
    void batchOfGoodInvoicesExitsWithZero() throws IOException {
        Path file = write("invoices.jsonl", NURSE + "\n" + NURSE + "\n");

        Run run = run(null, "--batch", file.toString());

        assertEquals(CliCommand.OK, run.code(), run.err());
        assertEquals(2, run.out().lines().count());
        assertEquals("", run.err());
    }

    @Test
    void batchReportsTenRefusalsThenCounts() {
        String bad = NURSE.replace("AMI", "ZZZ") + "\n";
        Run run = run(bad.repeat(12), "--batch", "--summary", "-");

        assertEquals(10, run.err().lines().filter(line -> line.startsWith("Ligne ")).count(), run.err());
        assertTrue(run.err().contains("… et 2 autre(s) refus"), run.err());
    }

    // Chunks are priced in parallel: the output keeps the input order across chunks.
    @Test
    void batchKeepsTheInputOrderAcrossChunks() {
        int count = PriceRunner.CHUNK * 5 + 17;
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            input.append(i % 7 == 0 ? NURSE.replace("AMI", "ZZZ") : NURSE.replace("\"coefficient\":2", "\"coefficient\":" + (1 + i % 5)))
                    .append('\n');
        }

        Run run = run(input.toString(), "--batch", "-");

        List<String> lines = run.out().lines().toList();
        assertEquals(count, lines.size());
        for (int i = 1; i <= count; i++) {
            String line = lines.get(i - 1);
            if (i % 7 == 0) {
                assertTrue(line.startsWith("{\"error\":{\"line\":" + i + ","), line);
            } else {
                String net = Money.parse("10.00").times(1 + i % 5).toString();
                assertTrue(line.startsWith("{\"lines\":[{\"code\":\"AMI\",\"net\":\"" + net + "\""), i + ": " + line);
            }
        }
        assertEquals(10, run.err().lines().filter(line -> line.startsWith("Ligne ")).count(), run.err());
        assertTrue(run.err().contains("Ligne 7 : ") && run.err().contains("Ligne 70 : ") && !run.err().contains("Ligne 77 : "), run.err());
        assertTrue(run.err().contains((count / 7) + " facture(s) refusée(s) sur " + count), run.err());
    }

    @Test
    void batchRefusesATooLongLineAndGoesOn() {
        String input = "{\"specialty\":\"nurse\",\"x\":\"" + "a".repeat(PriceRunner.MAX_LINE) + "\"}\n" + NURSE + "\n";

        Run run = run(input, "--batch", "-");

        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"error\":{\"line\":1,\"field\":\"(ligne)\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"lines\":"), lines.get(1));
    }

    @Test
    void theSummaryLineIsFrench() {
        assertTrue(new PriceCommand(engine, Fakes.ROUTER, new ByteArrayInputStream(new byte[0])).summary().startsWith("calcule les parts AMO"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Run run(String stdin, String... args) {
        return runBytes(stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private Run runBytes(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PriceCommand command = new PriceCommand(engine, Fakes.ROUTER, new ByteArrayInputStream(stdin));
        int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
