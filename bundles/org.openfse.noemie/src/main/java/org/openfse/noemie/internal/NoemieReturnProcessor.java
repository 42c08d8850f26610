package org.openfse.noemie.internal;

import java.io.IOException;
import java.io.InputStream;
import org.openfse.core.returns.ReturnFile;
import org.openfse.core.returns.ReturnProcessor;
import org.osgi.service.component.annotations.Component;

/**
 * The NOEMIE-PS {@link ReturnProcessor}: frames the file, counts its entities and reports every
 * record it cannot use ({@link NoemieReader}). Decoding the entities' fields, reconciliation and
 * storing come later, on top of the same reader.
 */
@Component(service = ReturnProcessor.class)
public final class NoemieReturnProcessor implements ReturnProcessor {

    private final NoemieReader reader = new NoemieReader(EntityCatalogue.noemiePs());

    @Override
    public ReturnFile read(InputStream in) throws IOException {
        return reader.read(in, EntityListener.NONE);
    }
}
