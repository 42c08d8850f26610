package org.openfse.card.demo.virtual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openfse.card.demo.internal.Messages;

/**
 * The virtual card program: inserts one or two test cards into vpcd's readers and keeps them there
 * until Enter, the end of standard input, or a number of seconds. The command line
 * {@code openfse cli virtual-card} and {@link #main(String[])} both run it. docs/card-profile.md,
 * "Running the virtual cards".
 */
public final class VirtualCardProgram {

    /** Exit code: the cards were inserted and removed. */
    public static final int OK = 0;
    /** Exit code: vpcd could not be reached. */
    public static final int FAILED = 1;
    /** Exit code: bad arguments. */
    public static final int INVALID_INPUT = 2;

    private static final System.Logger LOG = System.getLogger(VirtualCardProgram.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;

    public VirtualCardProgram(BufferedReader in, PrintStream out, PrintStream err) {
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    /**
     * {@code java -cp <org.openfse.card.demo jar>:<org.openfse.core jar> org.openfse.card.demo.virtual.VirtualCardProgram vitale cps}
     */
    public static void main(String[] args) {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.exit(new VirtualCardProgram(stdin, System.out, System.err).run(List.of(args)));
    }

    /** Runs with these arguments; returns the exit code. */
    public int run(List<String> args) {
        String host = VpcdCard.DEFAULT_HOST;
        int port = VpcdCard.SLOT_0_PORT;
        int seconds = -1;
        List<TestCard> cards = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--host") || arg.equals("--port") || arg.equals("--seconds")) {
                if (i + 1 >= args.size()) {
                    return invalid(Messages.get("virtual.missingValue", arg));
                }
                String value = args.get(++i);
                if (arg.equals("--host")) {
                    host = value;
                    continue;
                }
                int number;
                try {
                    number = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    number = -1;
                }
                if (number < (arg.equals("--port") ? 1 : 0) || (arg.equals("--port") && number > 65534)) {
                    return invalid(Messages.get("virtual.badNumber", arg, value));
                }
                if (arg.equals("--port")) {
                    port = number;
                } else {
                    seconds = number;
                }
            } else if (TestCards.names().contains(arg)) {
                if (cards.size() == 2) {
                    return invalid(Messages.get("virtual.tooManyCards"));
                }
                cards.add(TestCards.named(arg));
            } else {
                return invalid(Messages.get("virtual.unknownCard", arg, String.join(", ", TestCards.names())));
            }
        }
        if (cards.isEmpty()) {
            return invalid("");
        }
        List<VpcdCard> inserted = new ArrayList<>();
        try {
            for (int slot = 0; slot < cards.size(); slot++) {
                try {
                    VpcdCard card = VpcdCard.insert(cards.get(slot), host, port + slot, CONNECT_TIMEOUT);
                    inserted.add(card);
                    out.println(Messages.get("virtual.inserted", port + slot, card.card().description()));
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.ERROR, "cannot insert " + cards.get(slot).description() + " on " + host + ":"
                            + (port + slot) + ": " + e.getMessage());
                    err.println(Messages.get("virtual.noVpcd", host, port + slot, e.getMessage()));
                    return FAILED;
                }
            }
            if (seconds >= 0) {
                out.println(Messages.get("virtual.waitSeconds", seconds));
                out.flush();
                for (VpcdCard card : inserted) {
                    // Waiting on the first card's removal is a timed wait that ends early if pcscd drops it.
                    if (card.awaitRemoved(Duration.ofSeconds(seconds))) {
                        err.println(Messages.get("virtual.pulledByReader", card.port()));
                    }
                    seconds = 0;
                }
            } else {
                out.println(Messages.get("virtual.waitEnter"));
                out.flush();
                in.readLine();
            }
            return OK;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "reading standard input failed; removing the cards", e);
            return OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } finally {
            inserted.forEach(VpcdCard::remove);
            if (!inserted.isEmpty()) {
                out.println(Messages.get("virtual.removed"));
                out.flush();
            }
        }
    }

    private int invalid(String message) {
        if (!message.isEmpty()) {
            err.println(message);
        }
        err.println(Messages.get("virtual.usage", String.join(", ", TestCards.names())));
        return INVALID_INPUT;
    }
}
