package org.openfse.transmission.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfse.core.lot.LotState;
import org.openfse.simulator.CaisseDeTest;
import org.openfse.simulator.ReplyFile;

/**
 * Crash safety with a real process: a child JVM ({@link CrashChild}) sends or receives through the
 * real mail transport against the "Caisse de TEST", halts at a checkpoint (Runtime.halt: no
 * cleanup at all), and is started again. Whatever the point, no lot is lost, no lot goes out twice
 * without showing "Réexpédié", no ARL is applied twice and no return is paid twice.
 */
class ExchangeCrashTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private CaisseDeTest caisse;
    private final AtomicInteger accepted = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        caisse = CaisseDeTest.start(List.of(lot -> {
            accepted.incrementAndGet();
            return List.of(new ReplyFile("RSP" + lot.lotNumber() + ".NOE",
                    ("000" + " ".repeat(125)).getBytes(StandardCharsets.US_ASCII)));
        }));
        FileLots lots = new FileLots(data.resolve("lots.properties"));
        lots.add(1, 25, "01 349", Files.write(data.resolve("L025.B2"), Fixtures.b2(25)));
    }

    @AfterEach
    void stop() {
        caisse.close();
    }

    private int child(String mode, String haltAt) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", classPath, CrashChild.class.getName(), data.toString(),
                Integer.toString(caisse.smtpPort()), Integer.toString(caisse.pop3Port()), mode, haltAt)
                .redirectErrorStream(true).redirectOutput(data.resolve("child-" + mode + "-" + haltAt + ".log").toFile())
                .start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "child did not finish");
        return process.exitValue();
    }

    private String log(String mode, String haltAt) throws Exception {
        return Files.readString(data.resolve("child-" + mode + "-" + haltAt + ".log"));
    }

    private FileLots lots() {
        return new FileLots(data.resolve("lots.properties"));
    }

    @Test
    void killedAfterBeginSendTheLotIsSentOnceAndShowsReexpedie() throws Exception {
        assertEquals(CrashChild.HALTED, child("send", Checkpoint.BEFORE_SEND), () -> "child log");
        assertEquals(LotState.FILE_CREATED, lots().state(1), "nothing went out, nothing is lost");
        assertEquals(0, caisse.lotsReceived());

        assertEquals(0, child("send", "none"), log("send", "none"));
        assertTrue(caisse.awaitLots(1, WAIT));

        FileLots after = lots();
        assertEquals(LotState.RESENT, after.state(1), "an attempt had started: the sending shows Réexpédié");
        assertEquals(1, after.sends(1));
        assertEquals(1, caisse.lotsReceived(), "the payer got the lot once");
    }

    @Test
    void killedAfterTheTransportAcceptedTheLotTheResendShowsReexpedieAndIsPaidOnce() throws Exception {
        assertEquals(CrashChild.HALTED, child("send", Checkpoint.AFTER_SEND));
        assertTrue(caisse.awaitLots(1, WAIT));
        assertEquals(LotState.FILE_CREATED, lots().state(1), "markSent never ran");

        assertEquals(0, child("send", "none"), log("send", "none"));
        assertTrue(caisse.awaitLots(2, WAIT));

        assertEquals(LotState.RESENT, lots().state(1), "sent twice, and it shows: Réexpédié");
        assertEquals("FILE_CREATED,RESENT", lots().history(1), "never shown as a plain first sending");
        assertEquals(1, accepted.get(), "the payer recognised the same file and answered no second return");

        assertEquals(0, child("receive", "none"), log("receive", "none"));
        assertEquals(LotState.ARL_POSITIVE, lots().state(1));
        assertEquals("L025.B2.ARL", lots().acks(1), "the two identical ARL files count once");
    }

    @Test
    void killedWhileReceivingNothingIsLostNorAppliedTwice() throws Exception {
        assertEquals(0, child("send", "none"), log("send", "none"));
        assertTrue(caisse.awaitLots(1, WAIT));

        // stored in the inbox, not yet deleted from the mailbox
        assertEquals(CrashChild.HALTED, child("receive", Checkpoint.AFTER_STORE));
        assertEquals(LotState.SENT, lots().state(1));
        // received again (the mailbox still had it), ARL recorded, killed before the file moved to done/
        assertEquals(CrashChild.HALTED, child("receive", Checkpoint.AFTER_ARL));
        assertEquals(LotState.ARL_POSITIVE, lots().state(1));

        assertEquals(0, child("receive", "none"), log("receive", "none"));

        FileLots after = lots();
        assertEquals("FILE_CREATED,SENT,ARL_POSITIVE", after.history(1), "the ARL was applied once");
        assertEquals("L025.B2.ARL", after.acks(1));
        assertTrue(Files.exists(data.resolve("inbox/done/L025.B2.ARL")));
        assertTrue(Files.exists(data.resolve("inbox/new/RSP25.NOE")), "the NOEMIE return is kept");
        try (var files = Files.list(data.resolve("inbox/new"))) {
            assertEquals(List.of("RSP25.NOE"), files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .toList(), "no duplicate copy");
        }
        assertEquals(0, child("receive", "none"));
        assertEquals("FILE_CREATED,SENT,ARL_POSITIVE", lots().history(1));
        assertTrue(new File(data.toFile(), "lots.properties").exists());
    }
}
