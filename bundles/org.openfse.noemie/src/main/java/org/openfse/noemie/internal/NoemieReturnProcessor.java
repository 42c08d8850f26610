package org.openfse.noemie.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.ReturnFile;
import org.openfse.core.returns.ReturnListener;
import org.openfse.core.returns.ReturnProcessor;
import org.osgi.service.component.annotations.Component;

/**
 * The NOEMIE-PS {@link ReturnProcessor}: {@link NoemieReader} frames the file and cuts the
 * entities, {@link ReturnAssembler} decodes and nests them and checks the controls.
 */
@Component(service = ReturnProcessor.class)
public final class NoemieReturnProcessor implements ReturnProcessor {

    private final NoemieReader reader = new NoemieReader(EntityCatalogue.noemiePs());

    @Override
    public ReturnFile read(InputStream in) throws IOException {
        return reader.read(in, EntityListener.NONE);
    }

    @Override
    public ReturnFile read(InputStream in, ReturnListener listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        return reader.read(in, new ReturnAssembler(listener));
    }

    @Override
    public ParsedReturn parse(InputStream in) throws IOException {
        List<PaymentGroup> payments = new ArrayList<>();
        ReturnAssembler assembler = new ReturnAssembler(payments::add);
        ReturnFile summary = reader.read(in, assembler);
        return new ParsedReturn(assembler.header(), payments, assembler.declaredTotal(), summary);
    }
}
