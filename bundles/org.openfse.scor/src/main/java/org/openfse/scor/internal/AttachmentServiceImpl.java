package org.openfse.scor.internal;

import java.util.Set;
import org.openfse.core.attachment.AttachmentService;
import org.openfse.core.attachment.AttachmentState;
import org.osgi.service.component.annotations.Component;

/**
 * The attachment state machine ({@link AttachmentLifecycle}). PJ lots that follow a dégradé lot,
 * retries for 5 working days and keeping PJ 90 days come with the issue "Lots".
 */
@Component(service = AttachmentService.class)
public final class AttachmentServiceImpl implements AttachmentService {

    private final AttachmentLifecycle lifecycle = new AttachmentLifecycle();

    @Override
    public Set<AttachmentState> nextStates(AttachmentState from) {
        return lifecycle.nextStates(from);
    }
}
