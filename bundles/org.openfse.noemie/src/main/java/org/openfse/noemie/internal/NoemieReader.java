package org.openfse.noemie.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.openfse.core.returns.ReturnFile;

/**
 * Reads a NOEMIE-PS return file as a stream, one physical record at a time, following
 * NOEMIE-PS.md sections 3 and 4 and their ASSUMPTIONs:
 *
 * <ul>
 * <li>records are 128 bytes, back to back or each followed by LF / CR LF
 * ({@link PhysicalRecordReader}); a record of another length is reported and not used;</li>
 * <li>the first record is the header {@code 000}; records before it are reported and not read;</li>
 * <li>the last usable record is the trailer {@code 999}; every record between header and trailer
 * is a data record whose byte 1 is the continuation indicator ({@code 1} = last data record, any
 * other value = more follow, N-U2) and bytes 2-128 the next slice of the entity stream
 * ({@link EntitySplitter});</li>
 * <li>the trailer's record count (positions 56-63, C13: every physical record, header and trailer
 * included) and lot count (positions 83-85: the {@code 080} entities) are checked, and header and
 * trailer must name the same sender, recipient and file (positions 4-19, 26-41, 50-55).</li>
 * </ul>
 *
 * <p>A bad record never stops the read: every problem becomes a
 * {@link org.openfse.core.returns.RecordError} and the rest of the file is read. The reader holds
 * one record ahead (to know which record is the last) and at most one entity, so memory use does
 * not depend on the file size. The {@code 990} control entities are counted but their counters
 * and amounts are not checked yet: that needs field decoding.
 *
 * <p>The reader is stateless and may be shared; each {@link #read} has its own state.
 */
final class NoemieReader {

    /** Problems listed in one result at most; the rest are counted. */
    static final int ERROR_LIMIT = 1000;

    static final String HEADER = "000";
    static final String TRAILER = "999";
    static final String LOT = "080";

    private final EntityCatalogue catalogue;

    NoemieReader(EntityCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Reads the stream to its end. The stream is not closed.
     *
     * @throws IOException only when the stream itself fails
     */
    ReturnFile read(InputStream in, EntityListener listener) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(listener, "listener");
        return new Run(new PhysicalRecordReader(in), listener).read();
    }

    /** The state of one read. */
    private final class Run {
        private final PhysicalRecordReader records;
        private final EntityListener listener;
        private final ErrorLog errors;
        private final Map<String, Long> counts = new TreeMap<>();
        private final EntitySplitter splitter;

        private long physicalRecords;
        private PhysicalRecord header;
        private long recordsBeforeHeader;
        private PhysicalRecord firstBeforeHeader;
        /** The last usable record seen, not processed yet: the trailer if nothing follows. */
        private PhysicalRecord held;
        /** The last data record processed, and the last one seen with indicator 1. */
        private PhysicalRecord lastData;
        private PhysicalRecord flaggedLast;

        Run(PhysicalRecordReader records, EntityListener listener) {
            this.records = records;
            this.listener = listener;
            this.errors = new ErrorLog(ERROR_LIMIT, listener);
            listener.attach(errors);
            this.splitter = new EntitySplitter(catalogue, listener, errors, counts);
        }

        ReturnFile read() throws IOException {
            PhysicalRecord record;
            while ((record = records.next()) != null) {
                physicalRecords++;
                if (!record.usable()) {
                    reportUnusable(record);
                } else if (header == null) {
                    beforeOrAtHeader(record);
                } else {
                    if (held != null) {
                        data(held);
                    }
                    held = record;
                }
            }
            end();
            listener.end();
            return new ReturnFile(physicalRecords, counts, errors.inFileOrder());
        }

        private void reportUnusable(PhysicalRecord record) {
            if (record.truncated()) {
                errors.add(ErrorCode.TRUNCATED_RECORD, record.at(1), "the file ends after " + record.length()
                        + " bytes of this record, " + PhysicalRecordReader.RECORD_LENGTH + " expected; record not read");
            } else {
                errors.add(ErrorCode.BAD_LENGTH, record.at(1), "record is " + record.length() + " bytes long, "
                        + PhysicalRecordReader.RECORD_LENGTH + " expected; record not read");
            }
        }

        private void beforeOrAtHeader(PhysicalRecord record) {
            if (!record.startsWith(HEADER)) {
                if (recordsBeforeHeader++ == 0) {
                    firstBeforeHeader = record;
                }
                return;
            }
            if (recordsBeforeHeader > 0) {
                errors.add(ErrorCode.DATA_BEFORE_HEADER, firstBeforeHeader.at(1),
                        recordsBeforeHeader + " record(s) before the header record 000, not read");
            }
            header = record;
            String declaredLength = record.text().substring(82, 85);
            if (!declaredLength.equals(String.valueOf(PhysicalRecordReader.RECORD_LENGTH))) {
                errors.add(ErrorCode.HEADER_RECORD_LENGTH, record.at(83),
                        "header declares a record length of '" + declaredLength + "', the file is read with 128");
            }
            whole(record, HEADER);
        }

        private void data(PhysicalRecord record) {
            if (record.bytes()[0] == '1') {
                if (flaggedLast != null) {
                    misplaced(flaggedLast);
                }
                flaggedLast = record;
            }
            lastData = record;
            splitter.accept(record, 2);
        }

        private void misplaced(PhysicalRecord record) {
            errors.add(ErrorCode.LAST_FLAG_MISPLACED, record.at(1),
                    "data record marked as the last one (indicator 1) is followed by more data");
        }

        private void end() {
            if (header == null) {
                if (physicalRecords == 0) {
                    errors.add(ErrorCode.EMPTY_FILE, new Position(1, 0, 1), "the file is empty");
                } else if (recordsBeforeHeader > 0) {
                    errors.add(ErrorCode.MISSING_HEADER, firstBeforeHeader.at(1), "no header record 000 in "
                            + physicalRecords + " record(s); nothing read");
                } else {
                    errors.add(ErrorCode.MISSING_HEADER, new Position(1, 0, 1),
                            "no usable record in the file; nothing read");
                }
                return;
            }
            if (held == null) {
                splitter.finish();
                errors.add(ErrorCode.MISSING_TRAILER, header.at(1), "the header is the last usable record: no data, no trailer");
                return;
            }
            if (!held.startsWith(TRAILER)) {
                data(held);
                splitter.finish();
                errors.add(ErrorCode.MISSING_TRAILER, held.at(1),
                        "the last usable record is not a trailer 999; the file may be truncated");
                return;
            }
            splitter.finish();
            if (lastData == null) {
                errors.add(ErrorCode.NO_DATA, held.at(1), "no data record between header and trailer");
            } else if (flaggedLast != lastData) {
                if (flaggedLast != null) {
                    misplaced(flaggedLast);
                }
                errors.add(ErrorCode.LAST_FLAG_MISSING, lastData.at(1),
                        "the data record before the trailer does not carry the indicator 1 (last data record)");
            }
            whole(held, TRAILER);
            checkTrailer(held);
        }

        private void whole(PhysicalRecord record, String type) {
            counts.merge(type, 1L, Long::sum);
            listener.entity(new Entity(type, record.text(), record.at(1)));
        }

        private void checkTrailer(PhysicalRecord trailer) {
            String text = trailer.text();
            String declaredRecords = text.substring(55, 63);
            if (!isDigits(declaredRecords)) {
                errors.add(ErrorCode.TRAILER_RECORD_COUNT, trailer.at(56),
                        "trailer record count '" + declaredRecords + "' is not a number");
            } else if (Long.parseLong(declaredRecords) != trailer.number()) {
                errors.add(ErrorCode.TRAILER_RECORD_COUNT, trailer.at(56), "trailer declares "
                        + Long.parseLong(declaredRecords) + " records, the file has " + trailer.number()
                        + " up to and including the trailer");
            }
            String declaredLots = text.substring(82, 85);
            long lots = counts.getOrDefault(LOT, 0L);
            if (!isDigits(declaredLots)) {
                errors.add(ErrorCode.TRAILER_LOT_COUNT, trailer.at(83),
                        "trailer lot count '" + declaredLots + "' is not a number");
            } else if (Long.parseLong(declaredLots) != lots) {
                errors.add(ErrorCode.TRAILER_LOT_COUNT, trailer.at(83), "trailer declares "
                        + Long.parseLong(declaredLots) + " lots, " + lots + " lot entities 080 were read");
            }
            String head = header.text();
            if (!sameIdentity(head, text)) {
                errors.add(ErrorCode.HEADER_TRAILER_MISMATCH, trailer.at(4),
                        "header and trailer differ on sender (4-19), recipient (26-41) or file id (50-55)");
            }
        }

        private static boolean sameIdentity(String header, String trailer) {
            return header.substring(3, 19).equals(trailer.substring(3, 19))
                    && header.substring(25, 41).equals(trailer.substring(25, 41))
                    && header.substring(49, 55).equals(trailer.substring(49, 55));
        }

        private static boolean isDigits(String text) {
            return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
        }
    }
}
