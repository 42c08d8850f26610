package org.openfse.core.returns;

import java.io.IOException;
import java.io.InputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads payers' return files (NOEMIE-PS). Reading streams: a file of any size is read in
 * constant memory. A bad record is reported with its position and reason and the rest of the
 * file is still read. Storing the file verbatim before reading it, idempotent import and
 * reconciliation (lettrage) are the job of the import on top of the store.
 */
@ProviderType
public interface ReturnProcessor {

    /**
     * Reads a NOEMIE-PS stream to its end.
     *
     * @throws IOException only when the stream itself fails; format errors are in the result
     */
    ReturnFile read(InputStream in) throws IOException;
}
