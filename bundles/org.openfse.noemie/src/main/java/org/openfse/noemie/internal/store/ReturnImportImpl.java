package org.openfse.noemie.internal.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.returns.ImportResult;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.InvoiceSettlement;
import org.openfse.core.returns.LettrageResult;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.ReturnFileView;
import org.openfse.core.returns.ReturnImport;
import org.openfse.core.returns.ReturnProcessor;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.core.store.Transaction;
import org.openfse.model.api.Concentrator;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.ReturnFile;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.openfse.core.lot.LotService;

/**
 * {@link ReturnImport} on the store: verbatim copy first ({@link ReturnArchive}), duplicate check
 * by SHA-256, parse of the stored copy, quarantine of an unreadable file, then one transaction that
 * writes the aggregates ({@link ReturnWriter}) and, when automatic lettrage is on, letters them
 * before they are inserted ({@link LettrageImpl#beforeInsert}). Imports run one at a time, so that
 * the same file handed twice at once is still imported once.
 */
@Component(service = ReturnImport.class)
public final class ReturnImportImpl implements ReturnImport {

    private static final Logger LOG = Logger.getLogger(ReturnImportImpl.class.getName());

    private final Store store;
    private final ReturnProcessor processor;
    private final LettrageImpl lettrage;
    private final ReturnArchive archive;
    private volatile LotService lotService;

    @Activate
    public ReturnImportImpl(@Reference Store store, @Reference ReturnProcessor processor, @Reference LettrageImpl lettrage,
            BundleContext context) {
        this(store, processor, lettrage, new ReturnArchive(ReturnArchive.defaultDataFolder(context.getProperty("openfse.data"))));
    }

    /** For plain tests and benchmarks. */
    public ReturnImportImpl(Store store, ReturnProcessor processor, LettrageImpl lettrage, ReturnArchive archive) {
        this.store = store;
        this.processor = processor;
        this.lettrage = lettrage;
        this.archive = archive;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setLotService(LotService lots) {
        this.lotService = lots;
    }

    void unsetLotService(LotService lots) {
        if (this.lotService == lots) {
            this.lotService = null;
        }
    }

    @Override
    public ImportResult importFile(Path file, String actor) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.getFileName().toString(), in, actor);
        }
    }

    @Override
    public synchronized ImportResult importStream(String fileName, InputStream in, String actor) throws IOException {
        Instant receivedAt = Instant.now();
        ReturnArchive.Stored stored = archive.store(in, LocalDate.ofInstant(receivedAt, ZoneId.systemDefault()));
        Optional<Long> already = store.inTransaction(actor, tx -> tx.repository(ReturnFile.class).findBy("sha256", stored.sha256())
                .stream().findFirst().map(f -> tx.repository(ReturnFile.class).idOf(f)));
        if (already.isPresent()) {
            LOG.info("NOEMIE file " + fileName + " (sha256 " + stored.sha256() + ") already imported as ReturnFile "
                    + already.get() + ": nothing changed");
            return new ImportResult(ImportStatus.DUPLICATE, already.get(), stored.sha256(), stored.path(), List.of(), 0, 0, 0, 0, 0,
                    Optional.empty());
        }
        ParsedReturn parsed;
        try (InputStream copy = Files.newInputStream(archive.resolve(stored.path()))) {
            parsed = processor.parse(copy);
        }
        if (parsed.unreadable()) {
            return quarantine(fileName, actor, receivedAt, stored, parsed);
        }
        Map<InvoiceNumber, String> lots = lots(parsed);
        List<RecordError> errors = new ArrayList<>(parsed.summary().errors());
        record Outcome(ReturnWriter.Written written, Optional<LettrageResult> lettrage) {
        }
        Outcome outcome = store.inTransaction(actor, tx -> {
            Practitioner owner = owner(tx, parsed);
            long ownerId = owner == null ? 0 : tx.repository(Practitioner.class).idOf(owner);
            boolean auto = autoLettrage(tx, owner);
            LettrageResult[] result = new LettrageResult[1];
            ReturnWriter.Written written = new ReturnWriter().write(tx, owner, parsed, fileName, stored.sha256(), receivedAt,
                    (payments, file, notices) -> {
                        if (auto) {
                            result[0] = lettrage.beforeInsert(tx, ownerId, payments, file, notices, lots);
                        }
                    });
            return new Outcome(written, Optional.ofNullable(result[0]));
        });
        ReturnWriter.Written written = outcome.written();
        errors.addAll(written.errors());
        ImportStatus status = errors.isEmpty() ? ImportStatus.IMPORTED : ImportStatus.IMPORTED_WITH_ERRORS;
        archive.writeReport(stored.path(), Reports.of(status, parsed.header().map(h -> h.fileId()).orElse(""), errors,
                written.notices()));
        LOG.info("NOEMIE file " + fileName + " imported as ReturnFile " + written.returnFileId() + ": " + written.payments()
                + " payment(s), " + written.lines() + " line(s), " + written.rejects() + " reject(s), " + errors.size()
                + " problem(s)");
        markLots(actor, parsed);
        return new ImportResult(status, written.returnFileId(), stored.sha256(), stored.path(), errors, written.payments(),
                written.lines(), written.rejects(), written.retenues(), written.oneOffs(), outcome.lettrage());
    }

    /** "RSP": the lots the return names got their answer (lots helper's service, when present). */
    private void markLots(String actor, ParsedReturn parsed) {
        LotService lots = lotService;
        if (lots == null || parsed.header().isEmpty()) {
            return;
        }
        String ps = parsed.header().get().recipientNumber();
        java.util.Set<Integer> numbers = new java.util.TreeSet<>();
        for (PaymentGroup group : parsed.payments()) {
            for (InvoiceSettlement invoice : group.invoices()) {
                if (invoice.lotNumber().matches("\\d{1,3}")) {
                    numbers.add(Integer.parseInt(invoice.lotNumber()));
                }
            }
        }
        for (int number : numbers) {
            try {
                lots.findLot(ps, number).ifPresent(lot -> lots.markRsp(actor, lot.id()));
            } catch (RuntimeException e) {
                LOG.warning("NOEMIE return: lot " + number + " of " + ps + " not marked RSP: " + e.getMessage());
            }
        }
    }

    private ImportResult quarantine(String fileName, String actor, Instant receivedAt, ReturnArchive.Stored stored,
            ParsedReturn parsed) throws IOException {
        List<RecordError> errors = parsed.summary().errors();
        String reason = errors.isEmpty() ? "no header record 000"
                : errors.stream().map(e -> e.code() + " record " + e.record() + ": " + e.reason())
                        .collect(Collectors.joining(System.lineSeparator()));
        Path moved = archive.quarantine(stored, reason);
        long id = store.inTransaction(actor, tx -> new ReturnWriter().writeQuarantined(tx, owner(tx, parsed), parsed, fileName,
                stored.sha256(), receivedAt));
        archive.writeReport(moved, Reports.of(ImportStatus.QUARANTINED, "", errors, Set.of()));
        LOG.warning("NOEMIE file " + fileName + " (sha256 " + stored.sha256() + ") unreadable, quarantined in " + moved + ": "
                + reason.lines().findFirst().orElse(""));
        return new ImportResult(ImportStatus.QUARANTINED, id, stored.sha256(), moved, errors, 0, 0, 0, 0, 0, Optional.empty());
    }

    /** The practitioner named by the header's recipient (PS number), else the only practitioner, else none. */
    private static Practitioner owner(Transaction tx, ParsedReturn parsed) {
        Repository<Practitioner> practitioners = tx.repository(Practitioner.class);
        if (parsed.header().isPresent()) {
            String ps = parsed.header().get().recipientNumber();
            List<Practitioner> named = practitioners.findBy("psNumber", ps);
            if (!named.isEmpty()) {
                return named.get(0);
            }
        }
        if (practitioners.count() == 1) {
            return LettrageImpl.all(practitioners).get(0);
        }
        LOG.warning("NOEMIE file for recipient " + parsed.header().map(h -> h.recipient()).orElse("?")
                + ": no practitioner with that PS number; stored without practitioner");
        return null;
    }

    /** Practice setting first, else the practitioner's concentrator, else on. */
    private static boolean autoLettrage(Transaction tx, Practitioner owner) {
        Optional<String> setting = tx.setting(AUTO_LETTRAGE_SETTING);
        if (setting.isPresent()) {
            return !"false".equalsIgnoreCase(setting.get().strip());
        }
        if (owner != null && owner.getSettings() != null && owner.getSettings().getConcentrator() != null) {
            Concentrator concentrator = tx.resolve(owner.getSettings().getConcentrator());
            return concentrator.isAutoLettrage();
        }
        return true;
    }

    private static Map<InvoiceNumber, String> lots(ParsedReturn parsed) {
        Map<InvoiceNumber, String> lots = new HashMap<>();
        for (PaymentGroup group : parsed.payments()) {
            for (InvoiceSettlement invoice : group.invoices()) {
                if (!invoice.lotNumber().isEmpty() && invoice.invoiceNumber().matches("\\d{1,9}")
                        && Integer.parseInt(invoice.invoiceNumber()) > 0) {
                    lots.put(InvoiceNumber.parse(invoice.invoiceNumber()), invoice.lotNumber());
                }
            }
        }
        return lots;
    }

    @Override
    public List<ReturnFileView> files(LocalDate from, LocalDate to) {
        return store.inTransaction(tx -> {
            List<ReturnFileView> views = new ArrayList<>();
            for (ReturnFile file : LettrageImpl.all(tx.repository(ReturnFile.class))) {
                if (file.getReceivedAt() == null) {
                    continue;
                }
                LocalDate day = LocalDate.ofInstant(file.getReceivedAt(), ZoneId.systemDefault());
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                var report = archive.readReport(archive.locate(file.getSha256(), file.getReceivedAt()));
                boolean integrated = file.getIntegratedAt() != null;
                views.add(new ReturnFileView(tx.repository(ReturnFile.class).idOf(file), file.getFileName(), file.getEmitter(),
                        report.getProperty("fileId", ""), file.getReceivedAt(), file.getIntegratedAt(), file.getSha256(),
                        Reports.status(report, integrated), Reports.errors(report),
                        (int) file.getPayments().size(), file.getRejects().size()));
            }
            views.sort((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
            return views;
        });
    }

    @Override
    public byte[] content(long returnFileId) throws IOException {
        ReturnFile file = store.inTransaction(tx -> tx.repository(ReturnFile.class).get(returnFileId));
        return Files.readAllBytes(archive.resolve(archive.locate(file.getSha256(), file.getReceivedAt())));
    }
}
