package org.openfse.transmission.internal.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.lot.PendingFile;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.transport.ExchangeProgress;
import org.openfse.core.transport.ExchangeReport;
import org.openfse.core.transport.ExchangeReport.LotOutcome;
import org.openfse.core.transport.ExchangeReport.ReceivedKind;
import org.openfse.core.transport.ExchangeReport.ReceivedOutcome;
import org.openfse.core.transport.IncomingFile;
import org.openfse.core.transport.OutgoingFile;
import org.openfse.core.transport.Transport;
import org.openfse.core.transport.TransportException;
import org.openfse.core.transport.TransportRegistry;
import org.openfse.core.transport.TransportRouter;

/**
 * Sends the ready lots and handles what comes back, in the order that makes a crash harmless
 * (docs/adr "Crash-safe sending and receiving"):
 * <ul>
 * <li>sending: {@code beginSend} is committed before the bytes leave, {@code markSent} after the
 * transport accepted them; a lot interrupted in between is listed again by the lot service as a
 * resend, so its second sending shows "Réexpédié";</li>
 * <li>receiving: a file is stored in the {@link Inbox} (atomically, synced) before the transport
 * deletes it remotely, and moved to {@code done/} only after its effect (ARL recorded, NOEMIE
 * imported) was committed; both effects ignore a repeat, so handling a file twice changes
 * nothing.</li>
 * </ul>
 */
final class ExchangeEngine {

    private static final System.Logger LOG = System.getLogger(ExchangeEngine.class.getName());

    private final LotService lots;
    private final TransportRegistry transports;
    private final TransportRouter router;
    private final Inbox inbox;
    private final Path inboxFolder;
    private final Supplier<Optional<ReturnImport>> returns;
    private final String actor;
    private final Clock clock;
    private final Checkpoint checkpoint;

    ExchangeEngine(LotService lots, TransportRegistry transports, TransportRouter router, Path inboxFolder,
            Supplier<Optional<ReturnImport>> returns, String actor, Clock clock, Checkpoint checkpoint) {
        this.lots = lots;
        this.transports = transports;
        this.router = router;
        this.inboxFolder = inboxFolder;
        this.inbox = new Inbox(inboxFolder);
        this.returns = returns;
        this.actor = actor;
        this.clock = clock;
        this.checkpoint = checkpoint;
    }

    synchronized ExchangeReport send(ExchangeProgress progress) {
        List<PendingFile> files = lots.filesToSend();
        List<LotOutcome> outcomes = new ArrayList<>();
        int done = 0;
        for (PendingFile file : files) {
            String number = "%03d".formatted(file.lotNumber());
            Optional<String> transportId = router.transportIdFor(file.destination(), file.concentratorId());
            progress.worked(done, files.size(), Messages.get("progress.send", number, file.destination(),
                    transportId.orElse("?")));
            outcomes.add(sendOne(file, number, transportId));
            done++;
        }
        progress.worked(done, files.size(), Messages.get("progress.done"));
        return new ExchangeReport(outcomes, List.of());
    }

    private LotOutcome sendOne(PendingFile file, String number, Optional<String> transportId) {
        LotState before = stateOf(file.lotId());
        if (transportId.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "lot " + number + " (" + file.destination() + "): no transport chosen");
            return failed(file, "", before, Messages.get("no.transport", file.destination()));
        }
        String id = transportId.get();
        Optional<Transport> transport = transports.get(id);
        if (transport.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "lot " + number + ": transport " + id + " is not registered");
            return failed(file, id, before, Messages.get("transport.missing", id));
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.path());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "lot " + number + ": cannot read " + file.path(), e);
            return failed(file, id, before, Messages.get("file.missing", number, file.path().getFileName()));
        }
        if (!Inbox.sha256(content).equals(file.sha256())) {
            LOG.log(System.Logger.Level.ERROR, "lot " + number + ": " + file.path() + " has SHA-256 " + Inbox.sha256(content)
                    + ", recorded " + file.sha256());
            return failed(file, id, before, Messages.get("file.changed", number));
        }
        lots.beginSend(actor, file.lotId(), id, file.attempt());
        checkpoint.reached(Checkpoint.BEFORE_SEND);
        try {
            transport.get().send(new OutgoingFile(file.fileName(), file.destination(), content));
        } catch (TransportException e) {
            LOG.log(System.Logger.Level.ERROR, "lot " + number + " attempt " + file.attempt() + " via " + id + " failed"
                    + (e.retryable() ? " (retryable)" : ""), e);
            String message = Messages.get("send.failed", e.getMessage());
            lots.markSendFailed(actor, file.lotId(), file.attempt(), message);
            return failed(file, id, stateOf(file.lotId()), message);
        }
        checkpoint.reached(Checkpoint.AFTER_SEND);
        lots.markSent(actor, file.lotId(), id, file.attempt());
        LotState after = file.resend() || file.attempt() > 1 ? LotState.RESENT : LotState.SENT;
        return new LotOutcome(file.lotId(), file.lotNumber(), file.destination(), id, true, after,
                Messages.get("lot.state." + after.name()));
    }

    private LotState stateOf(long lotId) {
        try {
            return lots.lot(lotId).summary().state();
        } catch (RuntimeException e) {
            return LotState.FILE_CREATED;
        }
    }

    private static LotOutcome failed(PendingFile file, String transportId, LotState state, String message) {
        return new LotOutcome(file.lotId(), file.lotNumber(), file.destination(), transportId, false, state, message);
    }

    synchronized ExchangeReport receive(ExchangeProgress progress) {
        List<String> problems = new ArrayList<>();
        java.util.Map<String, String> origins = new java.util.HashMap<>();
        List<Transport> all = List.copyOf(transports.all());
        int step = 0;
        for (Transport transport : all) {
            progress.worked(step++, all.size() + 1, Messages.get("progress.receive", transport.id()));
            try {
                transport.receive((IncomingFile file) -> {
                    inbox.store(new IncomingFile(file.name(), transport.id(), file.receivedAt(), file.content()));
                    origins.put(file.name(), transport.id());
                    checkpoint.reached(Checkpoint.AFTER_STORE);
                });
            } catch (TransportException e) {
                LOG.log(System.Logger.Level.ERROR, "receiving via " + transport.id() + " failed", e);
                problems.add(Messages.get("receive.failed", transport.id(), e.getMessage()));
            }
        }
        List<ReceivedOutcome> received = new ArrayList<>();
        List<Path> waiting;
        try {
            waiting = inbox.waiting();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "cannot list the inbox " + inboxFolder, e);
            problems.add(Messages.get("receive.failed", inboxFolder, e.getMessage()));
            waiting = List.of();
        }
        waiting = acknowledgementsFirst(waiting);
        int total = all.size() + waiting.size();
        for (Path file : waiting) {
            progress.worked(step++, total, Messages.get("progress.handle", file.getFileName()));
            try {
                received.add(handle(file, origins.getOrDefault(file.getFileName().toString(), "inbox")));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "handling received file " + file + " failed; it stays in the inbox", e);
                problems.add(Messages.get("receive.failed", file.getFileName(), e.getMessage()));
            }
        }
        try {
            lots.checkAckDelays(actor, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "checking ARL delays failed", e);
        }
        progress.worked(total, total, Messages.get("progress.done"));
        return new ExchangeReport(List.of(), received, problems);
    }

    /**
     * ARLs before the other files: a NOEMIE return that came in the same run as its lot's ARL must
     * find the lot acknowledged (ARL positif → RSP), whatever order the mailbox gave them in.
     */
    static List<Path> acknowledgementsFirst(List<Path> waiting) {
        List<Path> acks = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path file : waiting) {
            boolean ack;
            try {
                ack = startsLikeArl(file) && ArlFile.read(Files.readAllBytes(file)).isPresent();
            } catch (IOException | RuntimeException e) {
                ack = false; // handled (and reported) with the others
            }
            (ack ? acks : others).add(file);
        }
        acks.addAll(others);
        return acks;
    }

    /** Reads three bytes only: a NOEMIE return, which is never an ARL, is not read whole twice. */
    private static boolean startsLikeArl(Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(3), "ARL".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** @param origin the transport that brought the file in this run, or {@code inbox} for a file left by an earlier run */
    private ReceivedOutcome handle(Path file, String origin) throws IOException {
        String name = file.getFileName().toString();
        byte[] content = Files.readAllBytes(file);
        Optional<ArlFile> arl = ArlFile.read(content);
        if (arl.isPresent()) {
            ArlFile ack = arl.get();
            String number = "%03d".formatted(ack.lotNumber());
            Optional<LotSummary> lot = lots.findLot(ack.psNumber(), ack.lotNumber());
            if (lot.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "ARL " + name + " names unknown lot " + ack.psNumber() + "/" + number);
                Path kept = inbox.markRejected(file);
                return new ReceivedOutcome(name, origin, ReceivedKind.UNREADABLE, 0,
                        Messages.get("arl.unknown.lot", ack.psNumber(), number, kept));
            }
            boolean recorded = lots.recordAck(actor, lot.get().id(), ack.positive(), ack.code(), ack.message(), name,
                    clock.instant());
            checkpoint.reached(Checkpoint.AFTER_ARL);
            inbox.markDone(file);
            if (!recorded) {
                return new ReceivedOutcome(name, origin, ReceivedKind.DUPLICATE, lot.get().id(),
                        Messages.get("arl.duplicate", number));
            }
            return ack.positive()
                    ? new ReceivedOutcome(name, origin, ReceivedKind.ARL_POSITIVE, lot.get().id(),
                            Messages.get("arl.positive", number))
                    : new ReceivedOutcome(name, origin, ReceivedKind.ARL_NEGATIVE, lot.get().id(),
                            Messages.get("arl.negative", number, ack.message(), ack.code()));
        }
        if (ArlFile.looksLikeNoemie(content)) {
            Optional<ReturnImport> importer = returns.get();
            if (importer.isEmpty()) {
                return new ReceivedOutcome(name, origin, ReceivedKind.NOEMIE, 0, Messages.get("noemie.kept", file));
            }
            try {
                ImportResult result = importer.get().importFile(file, actor);
                inbox.markDone(file);
                return new ReceivedOutcome(name, origin, ReceivedKind.NOEMIE, 0,
                        Messages.get("noemie.imported", result.status()));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "NOEMIE import of " + file + " failed; the file stays in the inbox", e);
                return new ReceivedOutcome(name, origin, ReceivedKind.NOEMIE, 0,
                        Messages.get("noemie.failed", name, e.getMessage(), file));
            }
        }
        Path kept = inbox.markRejected(file);
        LOG.log(System.Logger.Level.WARNING, "received file " + name + " is neither an ARL nor a NOEMIE return; kept in " + kept);
        return new ReceivedOutcome(name, origin, ReceivedKind.UNREADABLE, 0, Messages.get("unreadable", kept));
    }

}
