package org.openfse.sesam.reference.internal;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.sesam.DesynchronisedSecuring;
import org.openfse.core.sesam.PendingSecuring;
import org.openfse.core.sesam.SecureMode;
import org.openfse.core.sesam.SecureRequest;
import org.openfse.core.sesam.SecuredInvoice;
import org.openfse.core.sesam.SecuringException;
import org.openfse.core.sesam.SecuringException.Reason;
import org.openfse.core.sesam.SesamEngine;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The open reference SESAM engine. It checks the conditions of the four secure modes
 * ({@link ModeConditions}) and seals the invoice with an HMAC-SHA256 under a local test key
 * ({@link LocalSeal}), kept in this bundle's persistent data area ({@value #KEY_FILE}).
 *
 * <p><strong>This seal only detects tampering on this installation; it is not a legal FSE
 * signature.</strong> The engine says so through {@link #certified()} {@code false}. A certified
 * SESAM-Vitale engine registers with a {@code service.ranking} above {@code -100} and replaces this
 * one for every consumer with a greedy reference.
 */
@Component(service = {SesamEngine.class, DesynchronisedSecuring.class}, property = "service.ranking:Integer=-100")
public final class ReferenceSesamEngine implements SesamEngine, DesynchronisedSecuring {

    /** The {@link #id()} of this engine, stored with each invoice it secures. */
    public static final String ID = "openfse-reference";

    static final String KEY_FILE = "test-seal.key";

    private static final Set<SecureMode> MODES = Collections.unmodifiableSet(EnumSet.allOf(SecureMode.class));

    private final ModeConditions conditions;
    private final LocalSeal seal;
    private final Clock clock;

    @Activate
    public ReferenceSesamEngine(BundleContext context) {
        this(keyOf(context), Clock.systemUTC());
    }

    ReferenceSesamEngine(byte[] key) {
        this(key, Clock.systemUTC());
    }

    ReferenceSesamEngine(byte[] key, Clock clock) {
        this.conditions = new ModeConditions(Messages.load());
        this.seal = new LocalSeal(key);
        this.clock = clock;
    }

    /**
     * The key lives in the OpenFSE data folder ({@code <openfse.data>/keys/}), with the database, so
     * that rebuilding or reinstalling the product never loses it; without that property (plain OSGi
     * runtimes), in the bundle's persistent data area.
     */
    private static byte[] keyOf(BundleContext context) {
        String data = context.getProperty("openfse.data");
        File file = data == null || data.isBlank() ? context.getDataFile(KEY_FILE) : new File(new File(data, "keys"), KEY_FILE);
        if (file == null) {
            throw new IllegalStateException("the OSGi framework gives this bundle no persistent data area for "
                    + KEY_FILE);
        }
        try {
            return SealKeyFile.loadOrCreate(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String engineId() {
        return ID;
    }

    @Override
    public PendingSecuring begin(SecureRequest request) throws SecuringException {
        Objects.requireNonNull(request, "request");
        conditions.requireDesynchronisedStart(request);
        byte[] content = request.content();
        Instant startedAt = clock.instant();
        return new PendingSecuring(request.psNumber(), request.invoice(), content, ID, startedAt,
                seal.sealPending(request.psNumber(), request.invoice(), startedAt, content));
    }

    @Override
    public SecuredInvoice complete(PendingSecuring pending, String psNumber, boolean cpsAuthenticated)
            throws SecuringException {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(psNumber, "psNumber");
        if (!verify(pending)) {
            throw conditions.completionRefusal(Reason.CONTENT_CHANGED);
        }
        conditions.requireDesynchronisedCompletion(cpsAuthenticated);
        if (!pending.psNumber().equals(psNumber)) {
            throw conditions.completionRefusal(Reason.PS_MISMATCH, pending.psNumber(), psNumber);
        }
        byte[] content = pending.content();
        return new SecuredInvoice(pending.invoice(), SecureMode.DESYNCHRONISE, ID, content,
                seal.seal(pending.invoice(), SecureMode.DESYNCHRONISE, content));
    }

    @Override
    public boolean verify(PendingSecuring pending) {
        Objects.requireNonNull(pending, "pending");
        return ID.equals(pending.engineId()) && seal.verifyPending(pending.psNumber(), pending.invoice(),
                pending.startedAt(), pending.content(), pending.seal());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public Set<SecureMode> supportedModes() {
        return MODES;
    }

    @Override
    public SecuredInvoice secure(SecureRequest request) throws SecuringException {
        Objects.requireNonNull(request, "request");
        conditions.require(request);
        byte[] content = request.content();
        return new SecuredInvoice(request.invoice(), request.mode(), ID, content,
                seal.seal(request.invoice(), request.mode(), content));
    }

    /** {@code false} for an invoice sealed by another engine: this one cannot check its seal. */
    @Override
    public boolean verify(SecuredInvoice invoice) {
        Objects.requireNonNull(invoice, "invoice");
        return ID.equals(invoice.engineId())
                && seal.verify(invoice.invoice(), invoice.mode(), invoice.content(), invoice.seal());
    }
}
