package org.openfse.transmission.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openfse.core.command.CliCommand;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.Store;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** The output contracts of {@code demo bill}, {@code lots list} and {@code b2 dump} (docs/cli.md). */
@ExtendWith(ServiceExtension.class)
class LotCommandsOsgiTest {

    @InjectService(timeout = 20_000)
    Store store;

    @InjectService(timeout = 20_000)
    LotService lots;

    @InjectService(filter = "(openfse.command=demo)", timeout = 20_000)
    CliCommand demo;

    @InjectService(filter = "(openfse.command=lots)", timeout = 20_000)
    CliCommand lotsCommand;

    @InjectService(filter = "(openfse.command=b2)", timeout = 20_000)
    CliCommand b2;

    @Test
    void demoBillListAndDumpWithRolloverFrom999To001() throws Exception {
        String ps = TestPractitioners.freshPsNumber();
        TestPractitioners.nurse(store, ps, 999);
        Cli billed = Cli.run(demo, "bill", "2", "--ps", ps);
        assertEquals(CliCommand.OK, billed.code(), billed.err());
        assertTrue(Pattern.matches("2 facture\\(s\\) sécurisée\\(s\\) pour le praticien " + ps + " : n° \\d{9} à \\d{9}\\R",
                billed.out()), billed.out());

        // folders 0 and 1: caisses 751 and 691, two lots; 999 then 001 (LotNumbers: 000 is never used)
        List<LotSummary> made = lots.makeLots("test", ps);
        assertEquals(List.of("01 691:999", "01 751:001"),
                made.stream().map(l -> l.destination() + ":" + l.numberText()).sorted().toList());

        Cli text = Cli.run(lotsCommand, "list", "--ps", ps);
        assertEquals(CliCommand.OK, text.code(), text.err());
        List<String> lines = text.out().lines().toList();
        assertEquals("PS         Lot Date lot   Org.Dest.      État lot                           Factures      Facturé"
                + "        AMO        AMC  Libellé ARL", lines.get(0));
        assertEquals(3, lines.size(), text.out());
        Pattern line = Pattern.compile(ps + "  (999|001) \\d{2}/\\d{2}/\\d{4} 01 (691|751)\\s+Mis en lot\\s+1\\s+\\d+,\\d{2}"
                + "\\s+\\d+,\\d{2}\\s+\\d+,\\d{2}");
        for (String l : lines.subList(1, 3)) {
            assertTrue(line.matcher(l).matches(), l);
        }

        Cli json = Cli.run(lotsCommand, "list", "--json", "--ps", ps);
        assertEquals(CliCommand.OK, json.code(), json.err());
        String out = json.out();
        assertTrue(out.startsWith("[\n  {\"id\": "), out);
        assertTrue(out.endsWith("}\n]\n"), out);
        assertTrue(out.contains("\"ps\": \"" + ps + "\", \"lot\": \"999\", \"destination\": \"01 691\", \"flow\": \"FSE\", "
                + "\"secureMode\": \"SESAM_VITALE\", \"state\": \"IN_LOT\", \"stateLabel\": \"Mis en lot\""), out);

        Cli unknownOption = Cli.run(lotsCommand, "list", "--xml");
        assertEquals(CliCommand.INVALID_INPUT, unknownOption.code());
        assertTrue(unknownOption.err().startsWith("Option inconnue : --xml"), unknownOption.err());

        // b2 dump of the lot 001 file: one JSON object per record, fields by name
        LotSummary lot001 = made.stream().filter(l -> l.number() == 1).findFirst().orElseThrow();
        LotFile file = lots.makeFile("test", lot001.id());
        Cli dump = Cli.run(b2, "dump", file.path().toString());
        assertEquals(CliCommand.OK, dump.code(), dump.err());
        List<String> records = dump.out().lines().toList();
        // 000, 1, 2, 4, 5, 6, 999 between the brackets
        assertEquals(9, records.size(), dump.out());
        assertEquals("[", records.get(0));
        assertTrue(records.get(1).startsWith("  {\"record\": 1, \"kind\": \"000\", \"fields\": {\"recordType\": \"000\", "
                + "\"senderType\": \"TP\", \"senderNumber\": \"00000" + ps + "\""), records.get(1));
        assertTrue(records.get(2).startsWith("  {\"record\": 2, \"kind\": \"1\", \"fields\": {\"recordType\": \"1\", "
                + "\"psNumber\": \"" + ps + "\", \"fileOrigin\": \"\", \"organisme\": \"751\", \"lotNumber\": \"001\""),
                records.get(2));
        assertTrue(records.get(6).contains("\"kind\": \"6\""), records.get(6));
        assertTrue(records.get(6).contains("\"lotNumber\": \"001\", \"marking\": \"T\""), records.get(6));
        assertEquals("]", records.get(8));

        Cli check = Cli.run(b2, "check", file.path().toString());
        assertEquals("Fichier B2 conforme.\n", check.out().replace("\r\n", "\n"));

        Path bad = Files.createTempFile("bad", ".b2");
        byte[] broken = Files.readAllBytes(file.path());
        broken[128 + 19] = 'X'; // type 1, lot number at positions 20-22
        Files.write(bad, broken);
        Cli refused = Cli.run(b2, "dump", bad.toString());
        assertEquals(CliCommand.INVALID_INPUT, refused.code());
        assertEquals("Enregistrement n° 2, colonne 20 : le champ « N° de lot » (positions 20-22) doit être numérique, "
                + "reçu « X01 »", refused.err().strip());
        assertTrue(refused.out().strip().endsWith("]"), "the JSON printed so far is closed");
        Files.delete(bad);

        Cli missing = Cli.run(b2, "dump", file.path().resolveSibling("absent.b2").toString());
        assertEquals(CliCommand.INVALID_INPUT, missing.code());
        assertTrue(missing.err().startsWith("Fichier introuvable : "), missing.err());
    }

    @Test
    void lotsMakeThenBordereauFromTheCommandLine() throws Exception {
        String ps = TestPractitioners.freshPsNumber();
        TestPractitioners.nurse(store, ps, 1);
        assertEquals(CliCommand.OK, Cli.run(demo, "bill", "1", "--ps", ps).code());
        Cli made = Cli.run(lotsCommand, "make", "--ps", ps);
        assertEquals(CliCommand.OK, made.code(), made.err());
        List<String> lines = made.out().lines().toList();
        assertEquals(2, lines.size(), made.out());
        assertTrue(Pattern.matches("lot 001 " + ps + " 01 751 : 1 facture\\(s\\), fichier " + ps + "-001-\\d+\\.b2",
                lines.get(0)), lines.get(0));
        assertEquals("1 lot(s) créé(s).", lines.get(1));

        long id = lots.lots(org.openfse.core.lot.LotQuery.of(ps)).get(0).id();
        Cli printed = Cli.run(lotsCommand, "bordereau", String.valueOf(id), "--duplicata");
        assertEquals(CliCommand.OK, printed.code(), printed.err());
        Path pdf = Path.of(printed.out().strip());
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertTrue(text.contains("Duplicata : feuilles de soins électroniques non transmises"), text);
        assertTrue(text.contains("Lot 001"), text);

        Cli nothing = Cli.run(lotsCommand, "bordereau");
        assertEquals(CliCommand.INVALID_INPUT, nothing.code());
    }

    @Test
    void demoBillRefusesBadArguments() {
        Cli refused = Cli.run(demo, "bill", "zéro");
        assertEquals(CliCommand.INVALID_INPUT, refused.code());
        assertTrue(refused.err().startsWith("Usage : demo bill N"), refused.err());
        Cli unknown = Cli.run(demo, "bill", "1", "--ps", "123456789");
        assertEquals(CliCommand.INVALID_INPUT, unknown.code());
        assertEquals("Praticien inconnu : n° PS 123456789.", unknown.err().strip());
    }
}
