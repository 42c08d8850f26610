package org.openfse.card.pcsc.internal;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Makes {@code javax.smartcardio} open a new PC/SC context after the daemon restarted.
 *
 * <p>The JDK keeps one PC/SC context for the whole JVM in a static field of
 * {@code sun.security.smartcardio.PCSCTerminals} and never opens another one, so after pcscd restarts
 * every call fails with {@code SCARD_E_NO_SERVICE} for good (design PCSC-TESTING.md §5). Clearing that
 * field (and the terminals cached with the old context) makes the next {@code TerminalFactory} open a
 * new context. This needs the JVM option
 * {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED}; without it
 * {@link #available()} is false and OpenFSE must be restarted after pcscd.
 */
final class SmartcardioReset {

    /** The JVM option that allows the reset. */
    static final String JVM_OPTION = "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED";

    private static final String TERMINALS_CLASS = "sun.security.smartcardio.PCSCTerminals";

    private final Class<?> terminalsClass;
    private final Field contextId;
    private final Field terminals;
    private final String unavailableBecause;

    SmartcardioReset() {
        Class<?> type = null;
        Field context = null;
        Field cache = null;
        String reason = null;
        try {
            type = Class.forName(TERMINALS_CLASS, false, ClassLoader.getPlatformClassLoader());
            context = type.getDeclaredField("contextId");
            cache = type.getDeclaredField("terminals");
            context.setAccessible(true);
            cache.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            type = null;
        }
        this.terminalsClass = type;
        this.contextId = context;
        this.terminals = cache;
        this.unavailableBecause = reason;
    }

    /** Whether the reset can be done in this JVM. */
    boolean available() {
        return terminalsClass != null;
    }

    /** Why it cannot, for the log. */
    String unavailableBecause() {
        return unavailableBecause == null ? "" : unavailableBecause;
    }

    /**
     * Forgets the JVM's PC/SC context, so that the next factory opens a new one.
     *
     * @return whether it was done
     */
    boolean reset() {
        if (!available()) {
            return false;
        }
        // PCSCTerminals guards both fields with its class lock (static synchronized methods).
        synchronized (terminalsClass) {
            try {
                contextId.setLong(null, 0L);
                ((Map<?, ?>) terminals.get(null)).clear();
                return true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
    }
}
