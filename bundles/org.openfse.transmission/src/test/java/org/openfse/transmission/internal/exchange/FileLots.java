package org.openfse.transmission.internal.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.openfse.core.Money;
import org.openfse.core.lot.LotDetail;
import org.openfse.core.lot.LotFlow;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotState;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.lot.PendingFile;
import org.openfse.core.sesam.SecureMode;

/**
 * A stand-in for the lots helper's {@code LotService} that keeps its lots in a properties file,
 * written atomically and synced on every change (as committed store transactions are), so that a
 * killed process finds on restart exactly what was committed. It follows the sending contract of
 * {@code LotService} (javadoc and /tmp/api-lots.md): {@code filesToSend} lists FILE_CREATED and
 * ERROR lots with {@code attempt = attempts + 1} and {@code resend = attempts > 0};
 * {@code beginSend} records the attempt; {@code markSent} gives SENT for attempt 1, RESENT after;
 * {@code recordAck} ignores a repeated file name. Only the methods the exchange uses are there.
 */
final class FileLots {

    private final Path file;
    private final Properties lots = new Properties();

    FileLots(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                lots.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds a lot in FILE_CREATED whose B2 file is {@code path}. */
    synchronized void add(long id, int number, String destination, Path path) throws IOException {
        String key = "lot." + id + ".";
        lots.setProperty(key + "number", Integer.toString(number));
        lots.setProperty(key + "destination", destination);
        lots.setProperty(key + "path", path.toString());
        lots.setProperty(key + "sha", Inbox.sha256(Files.readAllBytes(path)));
        lots.setProperty(key + "state", LotState.FILE_CREATED.name());
        lots.setProperty(key + "attempts", "0");
        lots.setProperty(key + "sends", "0");
        save();
    }

    synchronized LotState state(long id) {
        return LotState.valueOf(lots.getProperty("lot." + id + ".state"));
    }

    synchronized int attempts(long id) {
        return Integer.parseInt(lots.getProperty("lot." + id + ".attempts"));
    }

    synchronized String acks(long id) {
        return lots.getProperty("lot." + id + ".acks", "");
    }

    /** Every state the lot went through, comma-separated. */
    synchronized String history(long id) {
        return lots.getProperty("lot." + id + ".history", "FILE_CREATED");
    }

    LotService service() {
        return (LotService) Proxy.newProxyInstance(LotService.class.getClassLoader(), new Class<?>[] {LotService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "filesToSend" -> filesToSend();
                    case "beginSend" -> {
                        beginSend((Long) args[1], (Integer) args[3]);
                        yield null;
                    }
                    case "markSent" -> {
                        markSent((Long) args[1], (Integer) args[3]);
                        yield null;
                    }
                    case "markSendFailed" -> {
                        move((Long) args[1], LotState.ERROR);
                        yield null;
                    }
                    case "recordAck" -> recordAck((Long) args[1], (Boolean) args[2], (String) args[5]);
                    case "findLot" -> findLot((Integer) args[1]);
                    case "lot" -> new LotDetail(summary((Long) args[0]), List.of(), List.of(), List.of());
                    case "checkAckDelays" -> List.of();
                    case "toString" -> "FileLots[" + file + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private synchronized List<PendingFile> filesToSend() {
        List<PendingFile> files = new ArrayList<>();
        for (long id : ids()) {
            LotState state = state(id);
            if (state == LotState.FILE_CREATED || state == LotState.ERROR) {
                String key = "lot." + id + ".";
                int attempts = attempts(id);
                Path path = Path.of(lots.getProperty(key + "path"));
                files.add(new PendingFile(id, "992604231", Integer.parseInt(lots.getProperty(key + "number")),
                        lots.getProperty(key + "destination"), 0, path.getFileName().toString(), path,
                        lots.getProperty(key + "sha"), 0, attempts + 1, attempts > 0));
            }
        }
        return files;
    }

    private List<Long> ids() {
        return lots.stringPropertyNames().stream().filter(k -> k.endsWith(".number"))
                .map(k -> Long.parseLong(k.substring(4, k.length() - ".number".length()))).sorted().toList();
    }

    private synchronized void beginSend(long id, int attempt) {
        if (attempt != attempts(id) + 1 && attempt != attempts(id)) {
            throw new IllegalStateException("attempt " + attempt + " after " + attempts(id));
        }
        lots.setProperty("lot." + id + ".attempts", Integer.toString(attempt));
        save();
    }

    private synchronized void markSent(long id, int attempt) {
        LotState target = attempt == 1 ? LotState.SENT : LotState.RESENT;
        if (state(id) != target) {
            lots.setProperty("lot." + id + ".sends", Integer.toString(Integer.parseInt(lots.getProperty("lot." + id + ".sends")) + 1));
            move(id, target);
        }
    }

    private synchronized boolean recordAck(long id, boolean positive, String fileName) {
        List<String> acks = new ArrayList<>(List.of(acks(id).split(",")));
        if (acks.contains(fileName)) {
            return false;
        }
        acks.add(fileName);
        lots.setProperty("lot." + id + ".acks", String.join(",", acks.stream().filter(s -> !s.isEmpty()).toList()));
        move(id, positive ? LotState.ARL_POSITIVE : LotState.ARL_NEGATIVE);
        return true;
    }

    private synchronized Optional<LotSummary> findLot(int number) {
        return ids().stream().filter(id -> Integer.parseInt(lots.getProperty("lot." + id + ".number")) == number)
                .reduce((a, b) -> b).map(this::summary);
    }

    private synchronized LotSummary summary(long id) {
        String key = "lot." + id + ".";
        return new LotSummary(id, "992604231", Integer.parseInt(lots.getProperty(key + "number")),
                lots.getProperty(key + "destination"), LotFlow.FSE, SecureMode.SESAM_VITALE, state(id), Instant.EPOCH, null,
                attempts(id), 1, Money.ZERO, Money.ZERO, Money.ZERO, "", "");
    }

    private synchronized void move(long id, LotState state) {
        lots.setProperty("lot." + id + ".state", state.name());
        lots.setProperty("lot." + id + ".history", history(id) + "," + state.name());
        save();
    }

    /** Written to a temporary file, synced, renamed: a commit. */
    private void save() {
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".part");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                lots.store(writer, null);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times the lot moved to SENT or RESENT. */
    synchronized int sends(long id) {
        return Integer.parseInt(lots.getProperty("lot." + id + ".sends"));
    }
}
