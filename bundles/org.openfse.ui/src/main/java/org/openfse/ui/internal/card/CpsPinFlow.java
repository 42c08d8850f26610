package org.openfse.ui.internal.card;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.openfse.core.card.CardException;
import org.openfse.core.card.CardException.Reason;
import org.openfse.core.card.CardReader;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.card.CardType;
import org.openfse.core.card.CpsAuthentication;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.CpsSession;
import org.openfse.ui.internal.Messages;

/**
 * Asks the CPS PIN when the session's policy wants it, off the UI thread: finds the CPS, opens the PIN
 * dialog on the UI thread, presents the PIN through the session, and asks again after a wrong PIN
 * with the tries left. Every failure ends as a French message; the English log line is the session's.
 */
public final class CpsPinFlow {

    /** How it ended. */
    public record Outcome(boolean authenticated, String message, Optional<CpsAuthentication> authentication) {
        static Outcome ok(CpsAuthentication authentication) {
            return new Outcome(true, "", Optional.of(authentication));
        }

        static Outcome notRequired() {
            return new Outcome(true, "", Optional.empty());
        }

        static Outcome refused(String message) {
            return new Outcome(false, message, Optional.empty());
        }
    }

    private static final System.Logger LOG = System.getLogger(CpsPinFlow.class.getName());

    private final UISynchronize sync;
    private final Supplier<Shell> shell;

    public CpsPinFlow(UISynchronize sync, Supplier<Shell> shell) {
        this.sync = sync;
        this.shell = shell;
    }

    /**
     * Makes sure the PIN was given when the policy wants it for this purpose (or always, with
     * {@code force}). Call from a background job, never from the UI thread.
     */
    public Outcome ensure(CpsSession session, CardReaderService driver, List<CardReader> readers, CpsSession.Purpose purpose,
            boolean force) {
        if (session == null) {
            LOG.log(System.Logger.Level.WARNING, "no CPS session service: the PIN policy is not applied");
            return force ? Outcome.refused(Messages.get("pin.noSession")) : Outcome.notRequired();
        }
        if (!force && !session.pinRequired(purpose)) {
            return session.current().map(Outcome::ok).orElse(Outcome.notRequired());
        }
        Optional<CardReader> cps = readers.stream().filter(r -> r.card() == CardType.CPS).findFirst();
        if (cps.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "the CPS PIN is required (" + purpose + ") but no CPS card is in a reader of driver "
                    + driver.driverId());
            return Outcome.refused(Messages.get(purpose == CpsSession.Purpose.TRANSMISSION ? "pin.noCps.transmission" : "pin.noCps"));
        }
        String reader = cps.get().name();
        String holder;
        int triesLeft;
        try {
            CpsCard card = driver.readCps(reader);
            holder = card.firstName() + " " + card.lastName();
            triesLeft = driver.pinTriesLeft(reader);
        } catch (CardException e) {
            LOG.log(System.Logger.Level.WARNING, "reading the CPS card in '" + reader + "' failed: " + e.reason() + ": " + e.getMessage());
            return Outcome.refused(Messages.get("pin.cpsUnreadable", CardTexts.error(e)));
        }
        if (triesLeft == 0) {
            return Outcome.refused(Messages.get("pin.blocked"));
        }
        String notice = "";
        while (true) {
            char[] pin = ask(holder, notice, triesLeft);
            if (pin == null) {
                LOG.log(System.Logger.Level.INFO, "the user cancelled the CPS PIN dialog");
                return Outcome.refused(Messages.get("pin.cancelled"));
            }
            try {
                return Outcome.ok(session.authenticate(driver, reader, pin));
            } catch (CardException e) {
                if (e.reason() == Reason.WRONG_PIN) {
                    triesLeft = e.triesLeft();
                    notice = CardTexts.error(e);
                    continue;
                }
                if (e.reason() == Reason.PIN_BLOCKED) {
                    return Outcome.refused(Messages.get("pin.blocked"));
                }
                return Outcome.refused(Messages.get("pin.failed", CardTexts.error(e)));
            } finally {
                Arrays.fill(pin, '\0');
            }
        }
    }

    private char[] ask(String holder, String notice, int triesLeft) {
        AtomicReference<char[]> typed = new AtomicReference<>();
        sync.syncExec(() -> {
            PinDialog dialog = new PinDialog(shell.get(), holder, notice, triesLeft);
            if (dialog.open() == Window.OK) {
                typed.set(dialog.pin());
            }
        });
        return typed.get();
    }
}
