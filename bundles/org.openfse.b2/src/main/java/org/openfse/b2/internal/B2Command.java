package org.openfse.b2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.openfse.b2.B2Checker;
import org.openfse.b2.B2FormatException;
import org.openfse.b2.B2Problem;
import org.openfse.b2.B2Reader;
import org.openfse.b2.B2Record;
import org.openfse.core.command.CliCommand;
import org.osgi.service.component.annotations.Component;

/**
 * {@code openfse cli b2 dump FILE}: the records of a B2 file as a JSON array, one object per record
 * ({@code record}, {@code kind}, and {@code fields} for the parsed kinds or {@code raw} for the others);
 * {@code b2 check FILE}: the structure and totals problems, one line each. Exit code 2 for a file
 * that cannot be read or breaks the format (French message on standard error with record and column).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=b2")
public final class B2Command implements CliCommand {

    private static final Logger LOG = Logger.getLogger(B2Command.class.getName());

    @Override
    public String name() {
        return "b2";
    }

    @Override
    public String summary() {
        return "Fichiers B2 : b2 dump FICHIER (enregistrements en JSON), b2 check FICHIER (contrôle de structure et des totaux)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 2 || !(args.get(0).equals("dump") || args.get(0).equals("check"))) {
            err.println("Usage : b2 dump FICHIER | b2 check FICHIER");
            return INVALID_INPUT;
        }
        Path file = Path.of(args.get(1));
        try (InputStream in = Files.newInputStream(file)) {
            return args.get(0).equals("dump") ? dump(in, out, err) : check(in, out);
        } catch (NoSuchFileException e) {
            err.println("Fichier introuvable : " + file);
            return INVALID_INPUT;
        } catch (IOException e) {
            LOG.warning(() -> "b2 " + args.get(0) + " " + file + ": " + e);
            err.println("Lecture impossible de " + file + " : " + e.getMessage());
            return INVALID_INPUT;
        }
    }

    private static int dump(InputStream in, PrintStream out, PrintStream err) throws IOException {
        out.println("[");
        boolean first = true;
        try (B2Reader reader = new B2Reader(in)) {
            B2Record record;
            while ((record = reader.next()) != null) {
                if (!first) {
                    out.println(",");
                }
                first = false;
                out.print(json(record));
            }
        } catch (B2FormatException e) {
            out.println();
            out.println("]");
            LOG.warning(() -> "b2 dump: record " + e.record() + " column " + e.column() + ": " + e.getMessage());
            err.println(e.getMessage());
            return INVALID_INPUT;
        }
        out.println();
        out.println("]");
        return OK;
    }

    private static int check(InputStream in, PrintStream out) throws IOException {
        List<B2Problem> problems = B2Checker.check(in);
        if (problems.isEmpty()) {
            out.println("Fichier B2 conforme.");
            return OK;
        }
        for (B2Problem problem : problems) {
            out.println(problem.message());
        }
        return FAILED;
    }

    static String json(B2Record record) {
        StringBuilder json = new StringBuilder("  {\"record\": ").append(record.number()).append(", \"kind\": ")
                .append(Json.string(record.kind()));
        if (record.layout().isPresent()) {
            json.append(", \"fields\": {");
            boolean first = true;
            for (Map.Entry<String, String> field : record.fields().entrySet()) {
                json.append(first ? "" : ", ").append(Json.string(field.getKey())).append(": ")
                        .append(Json.string(field.getValue()));
                first = false;
            }
            json.append('}');
        } else {
            json.append(", \"raw\": ").append(Json.string(record.raw()));
        }
        return json.append('}').toString();
    }
}
