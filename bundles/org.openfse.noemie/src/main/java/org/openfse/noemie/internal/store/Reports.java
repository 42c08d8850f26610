package org.openfse.noemie.internal.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.openfse.core.returns.ImportStatus;
import org.openfse.core.returns.RecordError;

/**
 * The import report kept next to a stored return file (fields the model's {@code ReturnFile}
 * lacks): {@code status}, {@code fileId}, {@code errors} and {@code error.N} =
 * {@code record|offset|code|reason}, {@code notices} = positions in {@code ReturnFile.rejects} of
 * the signalements (290 / 294 on an invoice that is not rejected).
 */
final class Reports {

    private Reports() {
    }

    static Properties of(ImportStatus status, String fileId, List<RecordError> errors, Set<Integer> notices) {
        Properties report = new Properties();
        report.setProperty("status", status.name());
        report.setProperty("fileId", fileId == null ? "" : fileId);
        report.setProperty("errors", String.valueOf(errors.size()));
        for (int i = 0; i < errors.size(); i++) {
            RecordError e = errors.get(i);
            report.setProperty("error." + i, e.record() + "|" + e.offset() + "|" + e.code() + "|" + e.reason());
        }
        List<String> positions = new ArrayList<>();
        notices.stream().sorted().forEach(n -> positions.add(String.valueOf(n)));
        report.setProperty("notices", String.join(",", positions));
        return report;
    }

    static ImportStatus status(Properties report, boolean integrated) {
        String status = report.getProperty("status");
        if (status == null) {
            return integrated ? ImportStatus.IMPORTED : ImportStatus.QUARANTINED;
        }
        return ImportStatus.valueOf(status);
    }

    static List<RecordError> errors(Properties report) {
        int count = Integer.parseInt(report.getProperty("errors", "0"));
        List<RecordError> errors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] parts = report.getProperty("error." + i, "0|0|UNKNOWN|").split("\\|", 4);
            errors.add(new RecordError(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2],
                    parts.length > 3 ? parts[3] : ""));
        }
        return errors;
    }

    static Set<Integer> notices(Properties report) {
        Set<Integer> notices = new HashSet<>();
        for (String position : report.getProperty("notices", "").split(",")) {
            if (!position.isBlank()) {
                notices.add(Integer.valueOf(position.strip()));
            }
        }
        return notices;
    }
}
