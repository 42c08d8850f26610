package org.openfse.core.transport;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Progress of an "Envoyer et recevoir" run, for a progress bar. Called from the thread that runs the
 * exchange; implementations hand over to the UI thread themselves.
 *
 * @since 1.1
 */
@ConsumerType
@FunctionalInterface
public interface ExchangeProgress {

    /** Ignores the progress. */
    ExchangeProgress NONE = (done, total, message) -> {
    };

    /**
     * @param done steps finished so far
     * @param total steps known so far (may grow once the mailbox has been read)
     * @param message what is being done, in French, for the user ("Envoi du lot 025 (01 349)")
     */
    void worked(int done, int total, String message);
}
