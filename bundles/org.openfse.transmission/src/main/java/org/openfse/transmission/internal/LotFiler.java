package org.openfse.transmission.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openfse.b2.B2Invoice;
import org.openfse.b2.B2Writer;
import org.openfse.core.InvoiceNumber;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.LotState;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.TransmissionFile;

/**
 * Mettre en fichier: the B2 file of one lot ({@code <data>/lots/<PS>/<PS>-<lot>-<lot id>.b2}, one lot
 * per file, invoices by number), written completely or not at all ({@link LotFileWriter}), recorded
 * as a TransmissionFile with its size and SHA-256; the lot moves to FILE_CREATED.
 *
 * <p>Crash between the file and the commit: the file exists without record; the next call rewrites
 * it under the same name (the lot is still IN_LOT), nothing is lost or doubled.
 */
final class LotFiler {

    private final StoredLots lots;
    private final DataFolder data;
    private final char marking;
    private final Instant now;

    LotFiler(StoredLots lots, DataFolder data, char marking, Instant now) {
        this.lots = lots;
        this.data = data;
        this.marking = marking;
        this.now = now;
    }

    TransmissionFile make(long lotId) {
        Lot lot = lots.lot(lotId);
        if (lot.getState() != LotState.IN_LOT) {
            if (!lot.getFiles().isEmpty()) {
                return lot.getFiles().get(lot.getFiles().size() - 1);
            }
            throw Texts.error("lot.notInLot", LotNumbers.format(lot.getNumber()), lot.getState());
        }
        Practitioner practitioner = lots.practitionerOf(lot);
        B2Mapping mapping = new B2Mapping(lots.tx());
        List<Invoice> invoices = new ArrayList<>(lots.invoicesOf(lot));
        if (invoices.isEmpty()) {
            throw Texts.error("lot.empty", LotNumbers.format(lot.getNumber()));
        }
        invoices.sort(Comparator.comparing(Invoice::getNumber, Comparator.nullsFirst(Comparator.<InvoiceNumber>naturalOrder())));
        List<B2Invoice> records = new ArrayList<>();
        for (Invoice invoice : invoices) {
            records.add(mapping.invoice(practitioner, invoice));
        }
        String name = practitioner.getPsNumber() + "-" + LotNumbers.format(lot.getNumber()) + "-" + lotId + ".b2";
        Path target = data.lots(practitioner.getPsNumber()).resolve(name);
        LotFileWriter.Written written;
        try {
            written = LotFileWriter.write(target, out -> {
                try (B2Writer writer = new B2Writer(out, mapping.fileHeader(practitioner, lot,
                        now.atZone(B2Mapping.ZONE).toLocalDate()))) {
                    writer.startLot(mapping.lotHeader(practitioner, lot, marking));
                    for (B2Invoice invoice : records) {
                        writer.invoice(invoice);
                    }
                    writer.endLot();
                }
            });
        } catch (IllegalArgumentException e) {
            throw Texts.error("file.invalid", LotNumbers.format(lot.getNumber()), e.getMessage());
        } catch (IOException e) {
            throw new org.openfse.core.lot.LotException(Texts.format("file.write", target, e.getMessage()), e);
        }
        TransmissionFile file = OpenfseFactory.eINSTANCE.createTransmissionFile();
        file.setFileName(name);
        file.setPath(written.path().toString());
        file.setSizeBytes(written.size());
        file.setSha256(written.sha256());
        file.setCreatedAt(now);
        file.setTransport("");
        lot.getFiles().add(file);
        lots.move(lot, LotState.FILE_CREATED);
        lots.update(lot);
        return file;
    }

    /** Whether a recorded file is still there with its recorded size (used before listing it for sending). */
    static boolean intact(TransmissionFile file) {
        try {
            Path path = Path.of(file.getPath());
            return Files.isRegularFile(path) && Files.size(path) == file.getSizeBytes();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
