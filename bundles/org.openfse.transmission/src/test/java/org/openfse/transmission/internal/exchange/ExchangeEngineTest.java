package org.openfse.transmission.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.command.CliCommand;
import org.openfse.core.lot.LotState;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeReport.ReceivedKind;
import org.openfse.core.transport.ExchangeService;
import org.openfse.simulator.CaisseDeTest;
import org.openfse.simulator.ReplyFile;

/**
 * "Envoyer et recevoir" end to end: the real mail and concentrator transports against the "Caisse
 * de TEST" on loopback, lots kept by {@link FileLots}.
 */
class ExchangeEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path data;

    private CaisseDeTest caisse;
    private FileLots lots;
    private ExchangeEngine engine;

    @BeforeEach
    void start() throws Exception {
        caisse = CaisseDeTest.start(List.of(lot -> List.of(new ReplyFile("RSP" + lot.lotNumber() + ".NOE",
                ("000" + " ".repeat(125)).getBytes(StandardCharsets.US_ASCII)))));
        lots = new FileLots(data.resolve("lots.properties"));
        engine = new ExchangeEngine(lots.service(), Fixtures.registry(Fixtures.mail(caisse), Fixtures.oct(caisse)),
                Fixtures.router("01349=mail;02=areasante"), data.resolve("inbox"), Optional::empty, "test",
                Clock.systemUTC(), Checkpoint.NONE);
    }

    @AfterEach
    void stop() {
        caisse.close();
    }

    private Path lotFile(long id, int number, String destination) throws Exception {
        Path file = Files.write(data.resolve("L%03d.B2".formatted(number)), Fixtures.b2(number));
        lots.add(id, number, destination, file);
        return file;
    }

    @Test
    void lotsGoOutByTheirRouteAndTheirArlComeBack() throws Exception {
        lotFile(1, 25, "01 349");
        lotFile(2, 26, "02 349");
        List<String> progress = new ArrayList<>();

        ExchangeReport sent = engine.send((done, total, message) -> progress.add(done + "/" + total + " " + message));

        assertEquals(List.of(true, true), sent.lots().stream().map(ExchangeReport.LotOutcome::sent).toList());
        assertEquals(List.of("mail", "areasante"), sent.lots().stream().map(ExchangeReport.LotOutcome::transportId).toList());
        assertEquals(List.of("0/2 Envoi du lot 025 (01 349) par mail", "1/2 Envoi du lot 026 (02 349) par areasante",
                "2/2 Terminé"), progress);
        assertEquals(LotState.SENT, lots.state(1));
        assertEquals("Lot expédié", sent.lots().get(0).message());
        assertTrue(caisse.awaitLots(2, WAIT));

        ExchangeReport received = engine.receive(ExchangeProgress.NONE);

        assertTrue(received.ok(), received.toString());
        assertEquals(LotState.ARL_POSITIVE, lots.state(1));
        assertEquals(LotState.ARL_POSITIVE, lots.state(2));
        assertEquals("L025.B2.ARL", lots.acks(1));
        long arls = received.received().stream().filter(r -> r.kind() == ReceivedKind.ARL_POSITIVE).count();
        long noemie = received.received().stream().filter(r -> r.kind() == ReceivedKind.NOEMIE).count();
        assertEquals(2, arls);
        assertEquals(2, noemie);
        assertEquals(List.of("L025.B2.ARL mail", "L026.B2.ARL areasante"), received.received().stream()
                .filter(r -> r.kind() == ReceivedKind.ARL_POSITIVE).map(r -> r.fileName() + " " + r.transportId()).sorted()
                .toList());
        // without the returns import, NOEMIE files wait verbatim in the inbox
        assertTrue(Files.exists(data.resolve("inbox/new/RSP25.NOE")));
        assertTrue(Files.exists(data.resolve("inbox/done/L025.B2.ARL")));

        ExchangeReport again = engine.receive(ExchangeProgress.NONE);
        assertEquals(0, again.received().stream().filter(r -> r.kind() != ReceivedKind.NOEMIE).count());
        assertEquals("FILE_CREATED,SENT,ARL_POSITIVE", lots.history(1));
    }

    @Test
    void noemieReturnsGoToTheReturnsImportThenToDone() throws Exception {
        List<String> imported = new ArrayList<>();
        List<LotState> statesAtImport = new ArrayList<>();
        org.openfse.core.returns.ReturnImport importer = (org.openfse.core.returns.ReturnImport) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(), new Class<?>[] {org.openfse.core.returns.ReturnImport.class},
                        (proxy, method, args) -> {
                            if (!method.getName().equals("importFile")) {
                                throw new UnsupportedOperationException(method.getName());
                            }
                            Path file = (Path) args[0];
                            imported.add(file.getFileName() + " " + Files.size(file) + " " + args[1]);
                            statesAtImport.add(lots.state(1));
                            return new org.openfse.core.returns.ImportResult(org.openfse.core.returns.ImportStatus.IMPORTED, 1,
                                    Inbox.sha256(Files.readAllBytes(file)), file, List.of(), 1, 1, 0, 0, 0, Optional.empty());
                        });
        ExchangeEngine withImport = new ExchangeEngine(lots.service(), Fixtures.registry(Fixtures.mail(caisse)),
                Fixtures.router("01=mail"), data.resolve("inbox"), () -> Optional.of(importer), "test", Clock.systemUTC(),
                Checkpoint.NONE);
        lotFile(1, 25, "01 349");
        withImport.send(ExchangeProgress.NONE);

        ExchangeReport received = withImport.receive(ExchangeProgress.NONE);

        assertEquals(List.of("RSP25.NOE 128 test"), imported);
        // The lot's ARL, received in the same run, is handled first: the return finds the lot acknowledged.
        assertEquals(List.of(LotState.ARL_POSITIVE), statesAtImport);
        assertEquals("Retour NOEMIE intégré (IMPORTED)", received.received().stream()
                .filter(r -> r.kind() == ReceivedKind.NOEMIE).findFirst().orElseThrow().message());
        assertTrue(Files.exists(data.resolve("inbox/done/RSP25.NOE")));
        assertFalse(Files.exists(data.resolve("inbox/new/RSP25.NOE")));
    }

    @Test
    void aMalformedOrRejectedLotGetsItsNegativeArl() throws Exception {
        lotFile(1, 25, "01 349");
        caisse.scriptNegativeArl(25);
        engine.send(ExchangeProgress.NONE);
        assertTrue(caisse.awaitLots(1, WAIT));

        ExchangeReport received = engine.receive(ExchangeProgress.NONE);

        assertEquals(LotState.ARL_NEGATIVE, lots.state(1));
        assertEquals(ReceivedKind.ARL_NEGATIVE, received.received().get(0).kind());
        assertEquals("ARL négatif reçu pour le lot 025 : REJET PROGRAMME (SIMULATEUR) (9999)", received.received().get(0).message());
    }

    @Test
    void aLotWithoutTransportOrWithAChangedFileStaysAsItWas() throws Exception {
        lotFile(1, 25, "03 349");
        Path changed = lotFile(2, 26, "01 349");
        Files.writeString(changed, "altered");

        ExchangeReport sent = engine.send(ExchangeProgress.NONE);

        assertFalse(sent.ok());
        assertEquals("Aucun transport n'est choisi pour l'organisme 03 349 : configurez la messagerie ou un concentrateur "
                + "(Paramètres > Télétransmission).", sent.lots().get(0).message());
        assertEquals("Le fichier du lot 026 a été modifié depuis sa création : refaites « Mettre en fichier ».",
                sent.lots().get(1).message());
        assertEquals(LotState.FILE_CREATED, lots.state(1));
        assertEquals(LotState.FILE_CREATED, lots.state(2));
        assertEquals(0, lots.attempts(1));
        assertEquals(0, caisse.lotsReceived());
    }

    @Test
    void aTransportThatFailsLeavesTheLotInErrorToBeResent() throws Exception {
        lotFile(1, 25, "01 349");
        caisse.close();

        ExchangeReport sent = engine.send(ExchangeProgress.NONE);

        assertFalse(sent.lots().get(0).sent());
        assertEquals(LotState.ERROR, lots.state(1));
        assertTrue(sent.lots().get(0).message().startsWith("Échec de l'envoi : Le serveur de messagerie 127.0.0.1 ne répond pas"),
                sent.lots().get(0).message());
        caisse = CaisseDeTest.start(List.of());
    }

    @Test
    void sendAndReceiveCommandsPrintOneLinePerLotAndFile() throws Exception {
        lotFile(1, 25, "01 349");
        lotFile(2, 27, "03 999");
        ExchangeService service = new ExchangeService() {
            @Override
            public ExchangeReport sendAndReceive(ExchangeProgress progress) {
                ExchangeReport sent = engine.send(progress);
                ExchangeReport received = engine.receive(progress);
                return new ExchangeReport(sent.lots(), received.received(), received.problems());
            }

            @Override
            public ExchangeReport send(ExchangeProgress progress) {
                return engine.send(progress);
            }

            @Override
            public ExchangeReport receive(ExchangeProgress progress) {
                return engine.receive(progress);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new SendCommand(service).run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(CliCommand.FAILED, code);
        assertEquals(List.of("lot 025 01 349 mail : Lot expédié",
                "lot 027 03 999 - : ÉCHEC Aucun transport n'est choisi pour l'organisme 03 999 : configurez la messagerie "
                        + "ou un concentrateur (Paramètres > Télétransmission).",
                "1 lot(s) envoyé(s), 1 échec(s)."), Fixtures.lines(out.toString(StandardCharsets.UTF_8)));
        assertTrue(caisse.awaitLots(1, WAIT));

        out.reset();
        code = new ReceiveCommand(service).run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CliCommand.OK, code);
        List<String> lines = Fixtures.lines(out.toString(StandardCharsets.UTF_8));
        assertTrue(lines.contains("L025.B2.ARL : ARL_POSITIVE ARL positif reçu pour le lot 025"), lines.toString());
        assertEquals("2 fichier(s) reçu(s) et traité(s), 0 non reconnu(s).", lines.get(lines.size() - 1));
        assertEquals(CliCommand.INVALID_INPUT, new ReceiveCommand(service).run(List.of("--x"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }
}
