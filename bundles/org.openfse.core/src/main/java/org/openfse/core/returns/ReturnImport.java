package org.openfse.core.returns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Integrates incoming NOEMIE-PS return files into the store.
 *
 * <p>Contract, in this order: the bytes are copied verbatim into the data folder
 * ({@code returns/YYYY/<sha256>.noemie}) and their SHA-256 computed <em>before</em> anything is
 * parsed; a file whose SHA-256 was already imported is a {@link ImportStatus#DUPLICATE} and
 * changes nothing (idempotent); a file from which nothing can be read is moved to
 * {@code returns/quarantine/} with a {@code .reason.txt} next to it and recorded as
 * {@link ImportStatus#QUARANTINED}; otherwise the payment groups, lines, rejects, retenues and
 * one-off payments are stored in the model's {@code ReturnFile} and {@code Payment} aggregates of
 * the practitioner named by the header (recipient number = PS number; the only practitioner when
 * there is one), each bad record listed with its position and reason while the rest is used.
 * When automatic lettrage is on (practice setting {@value #AUTO_LETTRAGE_SETTING}, default
 * {@code true}, or a concentrator with {@code autoLettrage}), {@link Lettrage#reconcile(long)}
 * runs right after. Nothing is ever deleted.
 */
@ProviderType
public interface ReturnImport {

    /** Practice setting: {@code true} / {@code false}, lettrage right after integration. */
    String AUTO_LETTRAGE_SETTING = "noemie.autoLettrage";

    /**
     * Imports a file. The file itself is not moved nor changed.
     *
     * @param actor who imports (audit trail): a user name, {@code system}, {@code mail}...
     * @throws IOException when the file cannot be read or the copy cannot be written (nothing
     *         integrated then)
     */
    ImportResult importFile(Path file, String actor) throws IOException;

    /**
     * Imports bytes received under a name (a mail attachment, a concentrator download). The
     * stream is read to its end and not closed.
     */
    ImportResult importStream(String fileName, InputStream in, String actor) throws IOException;

    /** The return files received between two days (both included), newest first, with status and errors. */
    List<ReturnFileView> files(LocalDate from, LocalDate to);

    /** The verbatim bytes of a stored return file (by {@code ReturnFile} id), as received. */
    byte[] content(long returnFileId) throws IOException;
}
