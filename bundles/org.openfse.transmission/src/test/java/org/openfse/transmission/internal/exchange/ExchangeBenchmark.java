package org.openfse.transmission.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openfse.core.lot.LotState;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeReport.ReceivedKind;
import org.openfse.core.transport.Transport;
import org.openfse.simulator.CaisseDeTest;

/**
 * Benchmark, run on demand only (its name does not match surefire's test patterns):
 * {@code ./mvnw -o -q verify -pl bundles/org.openfse.transmission -Dtest=ExchangeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}. 100 lots sent to the "Caisse de TEST" and acknowledged
 * (positive ARL received and recorded), by mail and by the concentrator protocol, 3 rounds each;
 * wall-clock times printed and written to {@code target/exchange-benchmark.txt}. It checks that
 * every lot ended ARL_POSITIVE, and says nothing about how fast that must be.
 */
class ExchangeBenchmark {

    private static final int LOTS = 100;

    @Test
    void hundredLotsSentAndAcknowledged() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String channel : List.of("mail", "oct")) {
            for (int round = 1; round <= 3; round++) {
                lines.add(round(channel, round));
            }
        }
        lines.forEach(System.out::println);
        Files.write(Path.of("target", "exchange-benchmark.txt"), lines);
    }

    private static String round(String channel, int round) throws Exception {
        Path data = Files.createTempDirectory("exchange-bench");
        try (CaisseDeTest caisse = CaisseDeTest.start(List.of())) {
            FileLots lots = new FileLots(data.resolve("lots.properties"));
            for (int number = 1; number <= LOTS; number++) {
                lots.add(number, number, "01 349", Files.write(data.resolve("L%03d.B2".formatted(number)), Fixtures.b2(number)));
            }
            Transport transport = channel.equals("mail") ? Fixtures.mail(caisse) : Fixtures.oct(caisse);
            ExchangeEngine engine = new ExchangeEngine(lots.service(), Fixtures.registry(transport),
                    Fixtures.router("01=" + transport.id()), data.resolve("inbox"), Optional::empty, "bench",
                    Clock.systemUTC(), Checkpoint.NONE);

            long start = System.nanoTime();
            ExchangeReport sent = engine.send(ExchangeProgress.NONE);
            long sentAt = System.nanoTime();
            assertTrue(caisse.awaitLots(LOTS, Duration.ofMinutes(2)));
            long answeredAt = System.nanoTime();
            ExchangeReport received = engine.receive(ExchangeProgress.NONE);
            long end = System.nanoTime();

            assertTrue(sent.ok());
            assertEquals(LOTS, received.received().stream().filter(r -> r.kind() == ReceivedKind.ARL_POSITIVE).count());
            for (int number = 1; number <= LOTS; number++) {
                assertEquals(LotState.ARL_POSITIVE, lots.state(number));
            }
            return "%s round %d: %d lots sent in %d ms, all answered after %d ms, ARL received and recorded in %d ms, total %d ms"
                    .formatted(channel, round, LOTS, (sentAt - start) / 1_000_000, (answeredAt - start) / 1_000_000,
                            (end - answeredAt) / 1_000_000, (end - start) / 1_000_000);
        }
    }
}
