package org.openfse.transmission.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.openfse.core.billing.BillingService;
import org.openfse.core.events.Topics;
import org.openfse.core.lot.BordereauKind;
import org.openfse.core.lot.DeadlineWarning;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotException;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.LotQuery;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.lot.PendingFile;
import org.openfse.core.store.Store;
import org.openfse.model.api.Lot;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.TransmissionFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;

/**
 * {@link LotService} on the store: each operation is one transaction (all or nothing, audited under
 * the caller's actor), lot moves are posted as {@link Topics#LOT_STATE_CHANGED} after commit. The
 * work is done by {@link LotMaker}, {@link LotFiler}, {@link LotMoves}, {@link LotQueries} and
 * {@link BordereauPdf}; the state machine is {@link LotLifecycle}. Configuration PID {@value #PID}.
 */
@Component(service = LotService.class, configurationPid = LotServiceImpl.PID)
@Designate(ocd = LotsConfig.class)
public final class LotServiceImpl implements LotService {

    static final String PID = "org.openfse.lots";

    private static final Logger LOG = Logger.getLogger(LotServiceImpl.class.getName());

    private final LotLifecycle lifecycle = new LotLifecycle();
    private final Store store;
    private final InvoiceStates invoiceStates;
    private final DataFolder data;
    private final Clock clock;
    private volatile LotsConfig config;
    private volatile EventAdmin eventAdmin;

    @Activate
    public LotServiceImpl(@Reference Store store, @Reference BillingService billing, BundleContext context,
            LotsConfig config) {
        this(store, billing, DataFolder.of(context.getProperty("openfse.data"), System.getProperty("user.home")),
                config, Clock.systemUTC());
    }

    LotServiceImpl(Store store, BillingService billing, DataFolder data, LotsConfig config, Clock clock) {
        this.store = store;
        this.invoiceStates = new InvoiceStates(billing);
        this.data = data;
        this.config = config;
        this.clock = clock;
    }

    @Modified
    void modified(LotsConfig changed) {
        this.config = changed;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setEventAdmin(EventAdmin admin) {
        this.eventAdmin = admin;
    }

    void unsetEventAdmin(EventAdmin admin) {
        if (this.eventAdmin == admin) {
            this.eventAdmin = null;
        }
    }

    @Override
    public Set<LotState> nextStates(LotState from) {
        return lifecycle.nextStates(from);
    }

    @Override
    public void requireTransition(LotState from, LotState to) {
        lifecycle.requireTransition(from, to);
    }

    // ------------------------------------------------------------------ mettre en lot / en fichier

    @Override
    public List<LotSummary> makeLots(String actor, String psNumber) {
        return run(actor, lots -> summaries(lots, new LotMaker(lots, invoiceStates, now()).makeAll(psNumber)));
    }

    @Override
    public List<LotSummary> makeLots(String actor, Collection<Long> invoiceIds) {
        return run(actor, lots -> summaries(lots, new LotMaker(lots, invoiceStates, now()).makeSelected(invoiceIds)));
    }

    @Override
    public LotFile makeFile(String actor, long lotId) {
        return run(actor, lots -> file(new LotFiler(lots, data, marking(), now()).make(lotId)));
    }

    @Override
    public List<LotFile> makeFiles(String actor, String psNumber) {
        List<Long> ids = store.inTransaction(actor, tx -> {
            StoredLots lots = new StoredLots(tx, lifecycle, new LotEvents());
            long pid = tx.repository(Practitioner.class).idOf(lots.practitioner(psNumber));
            List<Long> found = new ArrayList<>();
            for (Lot lot : tx.repository(Lot.class).findBy("practitioner", pid)) {
                if (lot.getState() == LotState.IN_LOT) {
                    found.add(tx.repository(Lot.class).idOf(lot));
                }
            }
            found.sort(Comparator.naturalOrder());
            return found;
        });
        List<LotFile> files = new ArrayList<>();
        for (long id : ids) {
            files.add(makeFile(actor, id));
        }
        return files;
    }

    // ------------------------------------------------------------------ sending

    @Override
    public List<PendingFile> filesToSend() {
        int max = config.maxAttempts();
        return store.inTransaction("system", tx -> {
            StoredLots lots = new StoredLots(tx, lifecycle, new LotEvents());
            LotMoves moves = new LotMoves(lots, invoiceStates, now());
            List<PendingFile> pending = new ArrayList<>();
            for (LotState state : LotMoves.SENDABLE) {
                for (Lot lot : tx.repository(Lot.class).findBy("state", state)) {
                    long id = lots.idOf(lot);
                    if (!moves.toSend(lot, id, max)) {
                        continue;
                    }
                    TransmissionFile file = lot.getFiles().get(lot.getFiles().size() - 1);
                    if (!LotFiler.intact(file)) {
                        LOG.warning(() -> "lot " + lot.getNumber() + ": file " + file.getPath()
                                + " missing or changed, not listed for sending");
                        continue;
                    }
                    Practitioner practitioner = lots.practitionerOf(lot);
                    long concentrator = lot.getConcentrator() == null ? 0
                            : tx.repository(org.openfse.model.api.Concentrator.class).idOf(lot.getConcentrator());
                    pending.add(new PendingFile(id, practitioner.getPsNumber(), lot.getNumber(), lot.getDestination(),
                            concentrator, file.getFileName(), Path.of(file.getPath()), file.getSha256(),
                            file.getSizeBytes(), lot.getAttempts() + 1,
                            lot.getAttempts() > 0 || lot.getState() != LotState.FILE_CREATED));
                }
            }
            pending.sort(Comparator.comparingLong(PendingFile::lotId));
            return pending;
        });
    }

    @Override
    public void beginSend(String actor, long lotId, String transport, int attempt) {
        run(actor, lots -> {
            new LotMoves(lots, invoiceStates, now()).beginSend(lotId, transport, attempt);
            return null;
        });
    }

    @Override
    public void markSent(String actor, long lotId, String transport, int attempt) {
        run(actor, lots -> {
            new LotMoves(lots, invoiceStates, now()).markSent(lotId, transport, attempt);
            return null;
        });
    }

    @Override
    public void markSendFailed(String actor, long lotId, int attempt, String message) {
        run(actor, lots -> {
            new LotMoves(lots, invoiceStates, now()).markSendFailed(lotId, attempt, message);
            return null;
        });
    }

    // ------------------------------------------------------------------ receiving

    @Override
    public boolean recordAck(String actor, long lotId, boolean positive, String code, String message, String fileName,
            Instant receivedAt) {
        return run(actor, lots -> new LotMoves(lots, invoiceStates, now()).recordAck(lotId, positive, code, message,
                fileName, receivedAt));
    }

    @Override
    public void markDelivered(String actor, long lotId, String message) {
        simple(actor, lotId, LotState.DELIVERED, Boolean.TRUE, "", message);
    }

    @Override
    public void markNotDelivered(String actor, long lotId, String message) {
        simple(actor, lotId, LotState.NOT_DELIVERED, Boolean.FALSE, "", message);
    }

    @Override
    public void markProvisionalAck(String actor, long lotId, String message) {
        simple(actor, lotId, LotState.PROVISIONAL_ACK, Boolean.TRUE, "", message);
    }

    @Override
    public void markRsp(String actor, long lotId) {
        simple(actor, lotId, LotState.RSP, null, null, null);
    }

    @Override
    public void markAcquitted(String actor, long lotId) {
        simple(actor, lotId, LotState.ACQUITTED, null, null, null);
    }

    @Override
    public void markRejected(String actor, long lotId, String code, String message) {
        simple(actor, lotId, LotState.REJECTED, Boolean.FALSE, code, message);
    }

    @Override
    public void requestResend(String actor, long lotId) {
        run(actor, lots -> {
            new LotMoves(lots, invoiceStates, now()).requestResend(lotId);
            return null;
        });
    }

    @Override
    public List<LotSummary> checkAckDelays(String actor, Instant now) {
        LotsConfig c = config;
        return run(actor, lots -> summaries(lots, new LotMoves(lots, invoiceStates, now).checkAckDelays(
                Duration.ofHours(c.ackDelayHours()), !"MANUAL".equals(c.noAckAction()), c.maxAttempts())));
    }

    @Override
    public Optional<LotSummary> findLot(String psNumber, int lotNumber) {
        LotNumbers.requireValid(lotNumber);
        return store.inTransaction("system", tx -> {
            StoredLots lots = new StoredLots(tx, lifecycle, new LotEvents());
            List<Practitioner> found = tx.repository(Practitioner.class).findBy("psNumber", psNumber);
            if (found.isEmpty()) {
                return Optional.<LotSummary>empty();
            }
            long pid = tx.repository(Practitioner.class).idOf(found.get(0));
            return tx.repository(Lot.class).findBy("practitioner", pid).stream()
                    .filter(lot -> lot.getNumber() == lotNumber)
                    .max(Comparator.comparingLong(lots::idOf))
                    .map(lot -> new LotQueries(lots).summary(lot));
        });
    }

    // ------------------------------------------------------------------ queries

    @Override
    public List<LotSummary> lots(LotQuery query) {
        return store.inTransaction("system", tx -> new LotQueries(new StoredLots(tx, lifecycle, new LotEvents())).list(query));
    }

    @Override
    public LotDetail lot(long lotId) {
        return store.inTransaction("system", tx -> new LotQueries(new StoredLots(tx, lifecycle, new LotEvents())).detail(lotId));
    }

    @Override
    public List<DeadlineWarning> deadlineWarnings(String psNumber, LocalDate today) {
        int margin = config.warningMarginDays();
        return store.inTransaction("system", tx -> new LotQueries(new StoredLots(tx, lifecycle, new LotEvents()))
                .deadlines(psNumber, today, margin));
    }

    // ------------------------------------------------------------------ bordereau

    @Override
    public void writeBordereau(Collection<Long> lotIds, BordereauKind kind, OutputStream out) {
        if (lotIds.isEmpty()) {
            throw Texts.error("bordereau.noLot");
        }
        List<LotDetail> details = new ArrayList<>();
        StringBuilder ps = new StringBuilder();
        store.inTransaction("system", tx -> {
            StoredLots lots = new StoredLots(tx, lifecycle, new LotEvents());
            LotQueries queries = new LotQueries(lots);
            for (long id : lotIds) {
                details.add(queries.detail(id));
            }
            Practitioner practitioner = lots.practitionerOf(lots.lot(lotIds.iterator().next()));
            ps.append(Texts.format("bordereau.ps", practitioner.getPsNumber(),
                    (nz(practitioner.getLastName()) + " " + nz(practitioner.getFirstName())).strip()));
            return null;
        });
        details.sort(Comparator.comparing((LotDetail d) -> d.summary().number()));
        BordereauPdf.write(details, kind, ps.toString(), LocalDate.now(clock.withZone(B2Mapping.ZONE)), out);
    }

    @Override
    public Path writeBordereau(Collection<Long> lotIds, BordereauKind kind) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now().atZone(B2Mapping.ZONE));
        Path target = data.bordereaux().resolve("bordereau-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + stamp
                + "-" + lotIds.iterator().next() + ".pdf");
        try {
            return LotFileWriter.write(target, out -> writeBordereau(lotIds, kind, out)).path();
        } catch (IOException e) {
            throw new LotException(Texts.format("file.write", target, e.getMessage()), e);
        }
    }

    // ------------------------------------------------------------------ plumbing

    private void simple(String actor, long lotId, LotState to, Boolean positive, String code, String message) {
        run(actor, lots -> {
            new LotMoves(lots, invoiceStates, now()).simpleMove(lotId, to, positive, code, message);
            return null;
        });
    }

    /** One transaction; the lot moves are posted after it committed. */
    private <R> R run(String actor, Function<StoredLots, R> work) {
        LotEvents events = new LotEvents();
        R result;
        try {
            result = store.inTransaction(actor, tx -> work.apply(new StoredLots(tx, lifecycle, events)));
        } catch (LotException | org.openfse.core.billing.IllegalTransitionException e) {
            LOG.warning(() -> "lot operation by " + actor + " refused, nothing changed: " + e.getMessage());
            throw e;
        }
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            for (LotEvents.Moved moved : events.moves()) {
                admin.postEvent(new Event(Topics.LOT_STATE_CHANGED, moved.properties()));
            }
        }
        return result;
    }

    private List<LotSummary> summaries(StoredLots lots, List<Lot> made) {
        LotQueries queries = new LotQueries(lots);
        List<LotSummary> result = new ArrayList<>();
        for (Lot lot : made) {
            result.add(queries.summary(lot));
        }
        return result;
    }

    private static LotFile file(TransmissionFile f) {
        return new LotFile(f.getFileName(), Path.of(f.getPath()), f.getSizeBytes(), f.getSha256(), f.getCreatedAt(),
                f.getSentAt(), f.getTransport());
    }

    private char marking() {
        String m = config.lotMarking();
        return m == null || m.isEmpty() ? 'T' : m.charAt(0);
    }

    private Instant now() {
        return clock.instant();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
