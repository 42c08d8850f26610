package org.openfse.store.derby.internal.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openfse.core.command.CliCommand;
import org.openfse.core.store.Page;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Repository;
import org.openfse.core.store.Store;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Patient;
import org.openfse.model.api.Practice;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code patients list [texte]}, {@code patients import FICHIER.csv}, {@code patients export
 * FICHIER.csv} (docs/cli.md). An import is all or nothing: the whole file is checked first and
 * written in one transaction.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=patients")
public final class PatientsCommand extends StoreCommand {

    /** How many problems of a refused file are printed. */
    static final int MAX_ERRORS = 20;

    private static final int PAGE = 500;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStore(Store store) {
        setStore(store);
    }

    void unbindStore(Store store) {
        unsetStore(store);
    }

    @Override
    public String name() {
        return "patients";
    }

    @Override
    public String summary() {
        return Texts.get("patients.summary");
    }

    @Override
    int run(Store store, List<String> args, PrintStream out, PrintStream err) {
        String verb = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (verb) {
            case "list":
                return list(store, String.join(" ", rest), out, err);
            case "import":
                if (rest.size() == 1) {
                    return importFile(store, Path.of(rest.get(0)).toAbsolutePath(), out, err);
                }
                break;
            case "export":
                if (rest.size() == 1) {
                    return exportFile(store, Path.of(rest.get(0)).toAbsolutePath(), out, err);
                }
                break;
            default:
                break;
        }
        err.println(Texts.get("patients.usage"));
        return INVALID_INPUT;
    }

    /** One tab-separated line per folder: id, last name, first name, NIR, birth date, beneficiaries. */
    static int list(Store store, String search, PrintStream out, PrintStream err) {
        out.println(String.join("\t", "id", "nom", "prenom", "nir", "date_naissance", "beneficiaires"));
        long total = store.inTransaction(tx -> {
            Repository<Patient> patients = tx.repository(Patient.class);
            PageRequest request = PageRequest.first(PAGE).matching(search.isBlank() ? null : search);
            long offset = 0;
            Page<Patient> page;
            do {
                page = patients.page(request.at(offset));
                for (Patient p : page.items()) {
                    Insured i = p.getInsured();
                    out.println(String.join("\t", String.valueOf(p.getId()), i == null ? "" : text(i.getLastName()),
                            i == null ? "" : text(i.getFirstName()),
                            i == null || i.getNir() == null ? "" : i.getNir() + text(i.getNirKey()),
                            i == null ? "" : text(i.getBirthDate()), String.valueOf(p.getBeneficiaries().size())));
                }
                offset += page.items().size();
            } while (offset < page.total() && !page.items().isEmpty());
            return page.total();
        });
        err.println(Texts.get("patients.list.count", total));
        return OK;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    static int importFile(Store store, Path file, PrintStream out, PrintStream err) {
        String text;
        try {
            text = decode(Files.readAllBytes(file), file);
        } catch (NoSuchFileException e) {
            err.println(Texts.get("patients.import.unreadable", file, "fichier introuvable"));
            return INVALID_INPUT;
        } catch (IOException e) {
            err.println(Texts.get("patients.import.unreadable", file, String.valueOf(e.getMessage())));
            return INVALID_INPUT;
        } catch (EncodingException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;
        }
        PatientCsv.Result result = PatientCsv.read(text);
        if (!result.errors().isEmpty()) {
            err.println(Texts.get("patients.import.refused", result.errors().size(), file));
            result.errors().stream().limit(MAX_ERRORS).forEach(e -> err.println("  " + e.text()));
            if (result.errors().size() > MAX_ERRORS) {
                err.println("  " + Texts.get("patients.import.more", result.errors().size() - MAX_ERRORS));
            }
            return INVALID_INPUT;
        }
        List<String> skipped = new ArrayList<>();
        int[] imported = new int[2];
        store.inTransaction(tx -> {
            Repository<Patient> patients = tx.repository(Patient.class);
            Optional<Practice> practice = tx.repository(Practice.class).page(PageRequest.first(1).sortedBy("id", false)).items()
                    .stream().findFirst();
            for (PatientCsv.Folder folder : result.folders()) {
                if (folder.insuredNir() != null && !patients.findBy("nir", folder.insuredNir()).isEmpty()) {
                    skipped.add(Texts.get("patients.import.skippedLine", folder.line(), folder.insuredNir()));
                    continue;
                }
                practice.ifPresent(p -> p.getPatients().add(folder.patient()));
                patients.insert(folder.patient());
                imported[0]++;
                imported[1] += folder.patient().getBeneficiaries().size();
            }
            return null;
        });
        out.println(Texts.get("patients.import.done", imported[0], imported[1], file));
        if (!skipped.isEmpty()) {
            out.println(Texts.get("patients.import.skipped", skipped.size(), String.join(" ; ", skipped)));
        }
        return OK;
    }

    /** A file that is not UTF-8, with the line of the first bad byte. */
    private static final class EncodingException extends Exception {
        private static final long serialVersionUID = 1L;

        EncodingException(String message) {
            super(message);
        }
    }

    private static String decode(byte[] bytes, Path file) throws EncodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer outBuffer = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, outBuffer, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new EncodingException(Texts.get("patients.import.encoding", file, line));
        }
        try {
            decoder.flush(outBuffer);
        } catch (RuntimeException e) {
            throw new EncodingException(Texts.get("patients.import.encoding", file, 1));
        }
        outBuffer.flip();
        return outBuffer.toString();
    }

    static int exportFile(Store store, Path file, PrintStream out, PrintStream err) {
        if (Files.exists(file)) {
            err.println(Texts.get("patients.export.exists", file));
            return INVALID_INPUT;
        }
        Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
        int[] counts = new int[2];
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(Csv.format(PatientCsv.COLUMNS, ';'));
                writer.write('\n');
                store.inTransaction(tx -> {
                    Repository<Patient> patients = tx.repository(Patient.class);
                    long offset = 0;
                    Page<Patient> page;
                    do {
                        page = patients.page(PageRequest.first(PAGE).at(offset));
                        for (Patient p : page.items()) {
                            counts[0]++;
                            for (List<String> line : PatientCsv.lines(p)) {
                                write(writer, Csv.format(line, ';'));
                                counts[1]++;
                            }
                        }
                        offset += page.items().size();
                    } while (offset < page.total() && !page.items().isEmpty());
                    return null;
                });
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // nothing more can be done; the message below names the file
            }
            err.println(Texts.get("patients.export.unwritable", file, String.valueOf(e.getMessage())));
            return FAILED;
        }
        out.println(Texts.get("patients.export.done", counts[0], counts[1], file));
        return OK;
    }

    private static void write(BufferedWriter writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
