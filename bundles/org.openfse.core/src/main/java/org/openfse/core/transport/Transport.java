package org.openfse.core.transport;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A way to send lots and receive returns: mail (SMTP/POP3) to the payers, or a concentrator
 * (OCT). Several transports are registered at once; the {@link TransportRegistry} finds them by
 * {@link #id()} and knows the configured default.
 */
@ConsumerType
public interface Transport {

    /** Service property carrying {@link #id()}. */
    String ID_PROPERTY = "openfse.transport.id";

    /** Stable identifier ({@code mail}, or a concentrator's configured id). */
    String id();

    /**
     * Sends one file. Returns only when the transport accepted it.
     *
     * @throws TransportException when it could not be sent; the caller keeps the file
     */
    void send(OutgoingFile file) throws TransportException;

    /**
     * Fetches the files waiting for this professional. A file is acknowledged to the remote side
     * only after the caller has stored it.
     */
    List<IncomingFile> receive() throws TransportException;

    /**
     * Fetches the files waiting for this professional and hands each to {@code sink}; a file is
     * acknowledged to the remote side (deleted there) only after {@code sink} returned normally.
     * When the sink throws, the transport stops, leaves that file and the following ones on the
     * remote side and throws a {@link TransportException}.
     *
     * <p>The default implementation calls {@link #receive()} and cannot acknowledge anything:
     * transports that can should override it (mail and concentrator transports do).
     *
     * @return how many files were handed to the sink
     * @since 1.1
     */
    default int receive(IncomingFileSink sink) throws TransportException {
        int count = 0;
        for (IncomingFile file : receive()) {
            try {
                sink.accept(file);
            } catch (java.io.IOException e) {
                throw new TransportException("could not store received file " + file.name(), true, e);
            }
            count++;
        }
        return count;
    }
}
