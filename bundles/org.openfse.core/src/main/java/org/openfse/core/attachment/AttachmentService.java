package org.openfse.core.attachment;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Scanned attachments (SCOR): their states, and (issue "Lots") PJ lots that follow a dégradé lot,
 * retries for 5 working days and keeping PJ 90 days.
 */
@ProviderType
public interface AttachmentService {

    /** The states an attachment may move to from {@code from}. */
    Set<AttachmentState> nextStates(AttachmentState from);
}
