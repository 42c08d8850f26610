package org.openfse.core.returns;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads payers' return files (NOEMIE-PS). Reading streams: a file of any size is read in
 * constant memory. A bad record is reported with its position and reason and the rest of the
 * file is still read; amounts of an invoice or group touched by damage are never guessed (their
 * {@code complete} flag is false). Storing the file verbatim before reading it, idempotent import
 * and reconciliation (lettrage) are the job of {@link ReturnImport} on top of the store.
 */
@ProviderType
public interface ReturnProcessor {

    /**
     * Frames and counts a NOEMIE-PS stream to its end, without decoding the entities' fields.
     *
     * @throws IOException only when the stream itself fails; format errors are in the result
     */
    ReturnFile read(InputStream in) throws IOException;

    /**
     * Reads a NOEMIE-PS stream to its end, handing each assembled payment group to the listener
     * as soon as it is complete. Field errors (non-digits in a number, bad date, bad sign),
     * control mismatches (990 and 999 against what was read) and framing errors are all in the
     * result and passed to {@link ReturnListener#problem}.
     *
     * @throws IOException only when the stream itself fails
     * @since 1.1
     */
    ReturnFile read(InputStream in, ReturnListener listener) throws IOException;

    /**
     * Reads a whole stream into memory, entities assembled.
     *
     * @throws IOException only when the stream itself fails
     * @since 1.1
     */
    ParsedReturn parse(InputStream in) throws IOException;
}
