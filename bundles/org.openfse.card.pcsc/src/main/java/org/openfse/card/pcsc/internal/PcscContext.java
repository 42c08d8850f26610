package org.openfse.card.pcsc.internal;

import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The link to the PC/SC daemon, shared by the driver, its watcher and the health check: lists the
 * readers, tells "no service" from "no reader", and reconnects after pcscd restarts.
 *
 * <p>It never uses {@code TerminalFactory.getDefault()}, which is computed once per JVM and stays
 * "None" for good when pcscd was down at that moment; it asks for a new PC/SC factory until one works.
 * When the daemon goes away after a context was open, the JDK's context is dead for good: the context
 * is reset ({@link SmartcardioReset}) so that the next factory opens a new one once pcscd is back.
 */
@Component(service = PcscContext.class)
public final class PcscContext {

    /** The state of the link. */
    enum State {
        /** pcscd answers. */
        CONNECTED,
        /** pcscd does not run (or no PC/SC library). */
        NO_SERVICE,
        /** pcscd restarted and this JVM cannot open a new context: OpenFSE must be restarted. */
        RESTART_NEEDED
    }

    /** The factory type {@code TerminalFactory.getDefault()} falls back to when PC/SC cannot start. */
    static final String NO_PCSC_TYPE = "None";

    private static final System.Logger LOG = System.getLogger(PcscContext.class.getName());

    private final Supplier<TerminalFactory> factories;
    private final BooleanSupplier reset;
    private final String resetUnavailable;
    private TerminalFactory factory;
    private State state = State.NO_SERVICE;
    private boolean connectedOnce;
    private boolean restartWarned;

    @Activate
    public PcscContext() {
        this(PcscContext::newFactory, new SmartcardioReset());
    }

    private PcscContext(Supplier<TerminalFactory> factories, SmartcardioReset reset) {
        this(factories, reset::reset, reset.unavailableBecause());
    }

    /**
     * @param factories a new PC/SC factory, or {@code null} while there is no service
     * @param reset forgets the dead context after pcscd went away; answers whether it could
     * @param resetUnavailable why {@code reset} cannot work, for the log
     */
    PcscContext(Supplier<TerminalFactory> factories, BooleanSupplier reset, String resetUnavailable) {
        this.factories = factories;
        this.reset = reset;
        this.resetUnavailable = resetUnavailable;
    }

    /** A new PC/SC factory, or {@code null} while the PC/SC service cannot be reached. */
    static TerminalFactory newFactory() {
        try {
            return TerminalFactory.getInstance("PC/SC", null);
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The readers now.
     *
     * @return {@code null} when there is no PC/SC service; an empty list when it runs without readers
     * @throws CardException DRIVER_ERROR when PC/SC runs but fails
     */
    synchronized List<CardTerminal> terminals() throws CardException {
        TerminalFactory current = factory;
        if (current == null) {
            current = factories.get();
            if (current == null || NO_PCSC_TYPE.equals(current.getType())) {
                if (state == State.CONNECTED) {
                    state = State.NO_SERVICE;
                }
                return null;
            }
        }
        try {
            List<CardTerminal> list = current.terminals().list();
            connected(current);
            return list;
        } catch (javax.smartcardio.CardException e) {
            String code = pcscCode(e);
            if (code.contains("SCARD_E_NO_READERS_AVAILABLE")) {
                connected(current);
                return List.of();
            }
            if (code.contains("SCARD_E_NO_SERVICE") || code.contains("SCARD_E_SERVICE_STOPPED")
                    || code.contains("SCARD_E_INVALID_HANDLE")) {
                factory = null;
                lost(code);
                return null;
            }
            throw new CardException(Reason.DRIVER_ERROR, "PC/SC could not list the readers: " + code, e);
        }
    }

    /** The state after the last call to {@link #terminals()}. */
    synchronized State state() {
        return state;
    }

    private void connected(TerminalFactory current) {
        if (state != State.CONNECTED && connectedOnce) {
            LOG.log(System.Logger.Level.INFO, "PC/SC service is back: reconnected to pcscd");
        }
        factory = current;
        state = State.CONNECTED;
        connectedOnce = true;
        restartWarned = false;
    }

    private void lost(String code) {
        if (!connectedOnce) {
            state = State.NO_SERVICE;
            return;
        }
        if (reset.getAsBoolean()) {
            if (state == State.CONNECTED) {
                LOG.log(System.Logger.Level.WARNING, "PC/SC service lost (" + code
                        + "): pcscd stopped or restarted; the PC/SC context was reset and will reconnect when pcscd is back");
            }
            state = State.NO_SERVICE;
            return;
        }
        state = State.RESTART_NEEDED;
        if (!restartWarned) {
            restartWarned = true;
            LOG.log(System.Logger.Level.ERROR, "PC/SC service lost (" + code + ") and javax.smartcardio cannot open a new context in "
                    + "this JVM (" + resetUnavailable + "): restart OpenFSE, or start Java with " + SmartcardioReset.JVM_OPTION);
        }
    }

    /** The messages of the exception and its causes, where the PC/SC codes ({@code SCARD_...}) are. */
    static String pcscCode(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                if (!text.isEmpty()) {
                    text.append(": ");
                }
                text.append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.isEmpty() ? e.getClass().getName() : text.toString();
    }
}
