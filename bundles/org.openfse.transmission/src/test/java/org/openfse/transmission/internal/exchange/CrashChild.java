package org.openfse.transmission.internal.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.Transport;

/**
 * The process {@link ExchangeCrashTest} starts and kills: the real exchange and the real mail
 * transport, lots in {@link FileLots}; at checkpoint {@code haltAt} the JVM stops at once
 * ({@link Runtime#halt}, no shutdown hook, no finally block, like a power cut or kill -9).
 *
 * <p>Arguments: data folder, SMTP port, POP3 port, {@code send} or {@code receive}, checkpoint name
 * or {@code none}.
 */
public final class CrashChild {

    /** Exit status of a halted child. */
    static final int HALTED = 77;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        String haltAt = args[4];
        Transport mail = Fixtures.mail(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        FileLots lots = new FileLots(data.resolve("lots.properties"));
        ExchangeEngine engine = new ExchangeEngine(lots.service(), Fixtures.registry(mail), Fixtures.router("01=mail"),
                data.resolve("inbox"), Optional::empty, "crash-test", Clock.systemUTC(), point -> {
                    if (point.equals(haltAt)) {
                        Runtime.getRuntime().halt(HALTED);
                    }
                });
        ExchangeReport report = args[3].equals("send") ? engine.send(ExchangeProgress.NONE) : engine.receive(ExchangeProgress.NONE);
        System.out.println(report);
        System.exit(report.ok() ? 0 : 1);
    }

}
