package org.openfse.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.openfse.simulator.internal.caisse.Caisse;
import org.openfse.simulator.internal.caisse.MailDesk;
import org.openfse.simulator.internal.caisse.OctDesk;

/**
 * The "Caisse de TEST" running in-process: a real mail server (SMTP + POP3) and a concentrator
 * endpoint (docs/oct-protocol.md), both on loopback with free ports. Whatever OpenFSE sends it
 * checks (B2 structure) and answers with an ARL ({@code <file>.ARL}, format in
 * docs/oct-protocol.md section 5), positive or negative, then with the replies of the
 * {@link AcceptedLotHandler}s (NOEMIE returns) after a positive one.
 *
 * <p>Configure OpenFSE's mail transport with host {@code 127.0.0.1}, {@link #smtpPort()},
 * {@link #pop3Port()}, security {@code NONE}, user {@value #PS_LOGIN}, password
 * {@value #PS_PASSWORD}, sender {@value #PS_ADDRESS}, recipient domain {@value #RECIPIENT_DOMAIN};
 * a concentrator with host {@code 127.0.0.1}, {@link #octPort()}, {@code secure=false}, user
 * {@value #OCT_USER}, password {@value #OCT_PASSWORD}.
 */
public final class CaisseDeTest implements AutoCloseable {

    /** The professional's mailbox login. */
    public static final String PS_LOGIN = "cabinet";
    /** Its password (a test server on loopback). */
    public static final String PS_PASSWORD = "caisse-de-test";
    /** Its address. */
    public static final String PS_ADDRESS = "cabinet@openfse.test";
    /** Domain of the organismes' addresses: a lot for 019990000 goes to 019990000@{@value}. */
    public static final String RECIPIENT_DOMAIN = "caisse-de-test.openfse.test";
    /** Account at the simulated concentrator. */
    public static final String OCT_USER = "openfse";
    /** Its password. */
    public static final String OCT_PASSWORD = "caisse-de-test";

    private final Caisse caisse;
    private final MailDesk mail;
    private final OctDesk oct;

    private CaisseDeTest(List<AcceptedLotHandler> handlers) {
        caisse = new Caisse(handlers);
        mail = new MailDesk(caisse, PS_LOGIN, PS_PASSWORD, PS_ADDRESS, RECIPIENT_DOMAIN);
        try {
            oct = new OctDesk(caisse, OCT_USER, OCT_PASSWORD);
        } catch (IOException e) {
            mail.close();
            throw new UncheckedIOException("could not start the simulator's concentrator endpoint", e);
        }
    }

    /** Starts the servers; {@link #close()} stops them. */
    public static CaisseDeTest start(List<AcceptedLotHandler> handlers) {
        return new CaisseDeTest(handlers);
    }

    public int smtpPort() {
        return mail.smtpPort();
    }

    public int pop3Port() {
        return mail.pop3Port();
    }

    public int octPort() {
        return oct.port();
    }

    /** Adds a handler called after every later positive ARL. */
    public void addHandler(AcceptedLotHandler handler) {
        caisse.addHandler(handler);
    }

    public void removeHandler(AcceptedLotHandler handler) {
        caisse.removeHandler(handler);
    }

    /** The next lot received with this number gets a negative ARL (code {@code 9999}). */
    public void scriptNegativeArl(int lotNumber) {
        caisse.scriptNegativeArl(lotNumber);
    }

    /** Lot files received and answered so far (a file received twice counts twice). */
    public int lotsReceived() {
        return caisse.lotsReceived();
    }

    /**
     * Waits until {@code count} lot files have been answered. Both channels answer before the
     * sender's call returns (mail: while the SMTP server delivers the message; concentrator:
     * before the {@code PUT} answer), so after a send this returns at once.
     *
     * @return false when the timeout passed first
     */
    public boolean awaitLots(int count, Duration timeout) throws InterruptedException {
        return caisse.awaitLots(count, timeout);
    }

    @Override
    public void close() {
        oct.close();
        mail.close();
    }
}
