package org.openfse.store.derby.internal.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Beneficiary;
import org.openfse.model.api.Insured;
import org.openfse.model.api.Patient;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.validation.BirthDateValidator;
import org.openfse.model.validation.Checked;
import org.openfse.model.validation.DateText;
import org.openfse.model.validation.NirValidator;
import org.openfse.model.validation.Problem;

/**
 * The patient CSV of {@code patients import} and {@code patients export} (docs/cli.md): one line
 * per beneficiary; the lines with the same {@code nir_assure} form one folder, whose insured
 * person is its line of qualité {@code 00}. Reading checks every field and reports every problem
 * with its line and column; it builds nothing when there is one.
 */
final class PatientCsv {

    /** The columns, in the order export writes them. */
    static final List<String> COLUMNS = List.of("nir_assure", "qualite", "nom", "prenom", "nom_naissance", "date_naissance",
            "rang", "nir", "regime", "caisse", "centre", "telephone", "email", "adresse");

    static final String INSURED_QUALITY = "00";

    private static final Pattern QUALITY = Pattern.compile("\\d{2}");
    private static final Pattern RANK = Pattern.compile("[1-9]");
    private static final Pattern REGIME = Pattern.compile("\\d{2}");
    private static final Pattern CAISSE = Pattern.compile("\\d{3}");
    private static final Pattern CENTRE = Pattern.compile("\\d{4}");
    private static final Pattern YYYYMMDD = Pattern.compile("\\d{8}");

    /** A problem of the file, for the user: {@code ligne 12, colonne « nir » : ...}. */
    record Error(int line, String column, String message) {
        String text() {
            return column == null ? Texts.get("csv.error.line", line, message) : Texts.get("csv.error", line, column, message);
        }
    }

    /** A folder read from the file, with the line it starts on. */
    record Folder(int line, String insuredNir, Patient patient) {
    }

    /** What reading found: folders when there is no error. */
    record Result(List<Folder> folders, List<Error> errors) {
    }

    private PatientCsv() {
    }

    static Result read(String text) {
        List<Error> errors = new ArrayList<>();
        String firstLine = text.lines().findFirst().orElse("");
        char separator = Csv.separatorOf(firstLine);
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text, separator);
        } catch (Csv.MalformedException e) {
            errors.add(new Error(e.line, null, Texts.get("csv.malformed." + key(e.reason), e.column)));
            return new Result(List.of(), errors);
        }
        if (rows.isEmpty()) {
            errors.add(new Error(1, null, Texts.get("csv.empty", String.join(";", COLUMNS))));
            return new Result(List.of(), errors);
        }
        Map<String, Integer> index = header(rows.get(0), errors);
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        Map<String, List<Line>> byInsured = new LinkedHashMap<>();
        int alone = 0;
        String lastAnonymous = null;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() != index.size()) {
                errors.add(new Error(row.line(), null, Texts.get("csv.fieldCount", row.fields().size(), index.size())));
                continue;
            }
            Line line = Line.read(row, index, errors);
            if (line == null) {
                continue;
            }
            String key;
            if (line.insuredNir != null) {
                key = line.insuredNir;
            } else if (INSURED_QUALITY.equals(line.quality) || lastAnonymous == null) {
                // a folder without the insured's NIR: its other lines follow its line of qualité 00
                key = "#" + (alone++);
                lastAnonymous = key;
            } else {
                key = lastAnonymous;
            }
            byInsured.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
        List<Folder> folders = new ArrayList<>();
        for (List<Line> lines : byInsured.values()) {
            List<Line> insured = lines.stream().filter(l -> INSURED_QUALITY.equals(l.quality)).toList();
            if (insured.size() != 1) {
                String nir = lines.get(0).insuredNir == null ? "" : lines.get(0).insuredNirText;
                errors.add(new Error(lines.get(0).row, "qualite",
                        Texts.get(insured.isEmpty() ? "csv.folder.noInsured" : "csv.folder.twoInsured", nir,
                                insured.isEmpty() ? "" : insured.get(1).row)));
                continue;
            }
            folders.add(new Folder(lines.get(0).row, lines.get(0).insuredNir, folder(insured.get(0), lines)));
        }
        return errors.isEmpty() ? new Result(folders, List.of()) : new Result(List.of(), errors);
    }

    private static String key(String reason) {
        return switch (reason) {
            case Csv.UNCLOSED_QUOTE -> "unclosedQuote";
            case Csv.TEXT_AFTER_QUOTE -> "textAfterQuote";
            default -> "quoteInField";
        };
    }

    private static Map<String, Integer> header(Csv.Row row, List<Error> errors) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                errors.add(new Error(row.line(), name, Texts.get("csv.header.unknown", String.join(";", COLUMNS))));
            } else if (index.put(name, i) != null) {
                errors.add(new Error(row.line(), name, Texts.get("csv.header.twice")));
            }
        }
        for (String required : List.of("nom", "prenom")) {
            if (errors.isEmpty() && !index.containsKey(required)) {
                errors.add(new Error(row.line(), required, Texts.get("csv.header.missing")));
            }
        }
        return index;
    }

    private static Patient folder(Line insuredLine, List<Line> lines) {
        OpenfseFactory f = OpenfseFactory.eINSTANCE;
        Patient patient = f.createPatient();
        Insured insured = f.createInsured();
        insured.setLastName(insuredLine.lastName);
        insured.setFirstName(insuredLine.firstName);
        insured.setBirthName(insuredLine.birthName);
        insured.setBirthDate(insuredLine.birthDate);
        String[] nir = insuredLine.nir != null ? insuredLine.nir : insuredLine.insuredNirParts;
        if (nir != null) {
            insured.setNir(nir[0]);
            insured.setNirKey(nir[1]);
        }
        insured.setPhone(insuredLine.phone);
        insured.setEmail(insuredLine.email);
        insured.setAddress(insuredLine.address);
        patient.setInsured(insured);
        List<Line> ordered = new ArrayList<>();
        ordered.add(insuredLine);
        lines.stream().filter(l -> l != insuredLine).forEach(ordered::add);
        for (Line line : ordered) {
            Beneficiary b = f.createBeneficiary();
            b.setLastName(line.lastName);
            b.setFirstName(line.firstName);
            b.setBirthName(line.birthName);
            b.setBirthDate(line.birthDate);
            b.setBirthRank(line.rank);
            b.setQuality(line.quality);
            String[] own = line.nir != null ? line.nir : line == insuredLine ? line.insuredNirParts : null;
            if (own != null) {
                b.setNir(own[0]);
                b.setNirKey(own[1]);
            }
            if (line.regime != null) {
                AmoCoverage amo = f.createAmoCoverage();
                amo.setRegime(line.regime);
                amo.setCaisse(line.caisse);
                amo.setCentre(line.centre);
                b.getAmoCoverages().add(amo);
            }
            patient.getBeneficiaries().add(b);
        }
        return patient;
    }

    /** One checked line of the file. */
    private static final class Line {
        int row;
        String insuredNir;
        String insuredNirText;
        String[] insuredNirParts;
        String quality;
        String lastName;
        String firstName;
        String birthName;
        String birthDate;
        int rank = 1;
        String[] nir;
        String regime;
        String caisse;
        String centre;
        String phone;
        String email;
        String address;

        /** The checked line, or {@code null} when a field is wrong (the errors are added). */
        static Line read(Csv.Row row, Map<String, Integer> index, List<Error> errors) {
            int before = errors.size();
            Line l = new Line();
            l.row = row.line();
            java.util.function.Function<String, String> field = name -> {
                Integer i = index.get(name);
                if (i == null) {
                    return null;
                }
                String value = row.fields().get(i).strip();
                return value.isEmpty() ? null : value;
            };
            String insuredNir = field.apply("nir_assure");
            if (insuredNir != null) {
                l.insuredNirParts = nir(row.line(), "nir_assure", insuredNir, errors);
                l.insuredNir = l.insuredNirParts == null ? null : l.insuredNirParts[0] + l.insuredNirParts[1];
                l.insuredNirText = insuredNir;
            }
            String quality = field.apply("qualite");
            l.quality = quality == null ? INSURED_QUALITY : quality;
            if (!QUALITY.matcher(l.quality).matches()) {
                errors.add(new Error(row.line(), "qualite", Texts.get("csv.quality", l.quality)));
            }
            l.lastName = field.apply("nom");
            l.firstName = field.apply("prenom");
            if (l.lastName == null) {
                errors.add(new Error(row.line(), "nom", Texts.get("csv.required")));
            }
            if (l.firstName == null) {
                errors.add(new Error(row.line(), "prenom", Texts.get("csv.required")));
            }
            l.birthName = field.apply("nom_naissance");
            String birth = field.apply("date_naissance");
            if (birth != null) {
                l.birthDate = birthDate(row.line(), birth, errors);
            }
            String rank = field.apply("rang");
            if (rank != null) {
                if (RANK.matcher(rank).matches()) {
                    l.rank = Integer.parseInt(rank);
                } else {
                    errors.add(new Error(row.line(), "rang", Texts.get("csv.rank", rank)));
                }
            }
            String nir = field.apply("nir");
            if (nir != null) {
                l.nir = nir(row.line(), "nir", nir, errors);
            }
            l.regime = code(row.line(), "regime", field.apply("regime"), REGIME, errors);
            l.caisse = code(row.line(), "caisse", field.apply("caisse"), CAISSE, errors);
            l.centre = code(row.line(), "centre", field.apply("centre"), CENTRE, errors);
            boolean anyOrganisme = l.regime != null || l.caisse != null || l.centre != null;
            if (anyOrganisme && (l.regime == null || l.caisse == null || l.centre == null)
                    && errors.size() == before) {
                errors.add(new Error(row.line(), l.regime == null ? "regime" : l.caisse == null ? "caisse" : "centre",
                        Texts.get("csv.organisme")));
            }
            l.phone = field.apply("telephone");
            l.email = field.apply("email");
            l.address = field.apply("adresse");
            return errors.size() == before ? l : null;
        }

        private static String[] nir(int line, String column, String text, List<Error> errors) {
            Optional<Problem> problem = NirValidator.check(text);
            if (problem.isPresent()) {
                errors.add(new Error(line, column, problem.get().message()));
                return null;
            }
            String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
            return new String[] {compact.substring(0, 13), compact.substring(13)};
        }

        /** {@code AAAAMMJJ} (lunar dates as the card writes them) or {@code JJ/MM/AAAA}; kept as AAAAMMJJ. */
        private static String birthDate(int line, String text, List<Error> errors) {
            if (YYYYMMDD.matcher(text).matches()) {
                Optional<Problem> problem = BirthDateValidator.check(text);
                if (problem.isPresent()) {
                    errors.add(new Error(line, "date_naissance", problem.get().message()));
                    return null;
                }
                return text;
            }
            Checked<java.time.LocalDate> date = DateText.parse(text);
            if (!date.isOk()) {
                errors.add(new Error(line, "date_naissance",
                        date.problem().map(Problem::message).orElse(Texts.get("csv.date", text))));
                return null;
            }
            return date.get().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        }

        private static String code(int line, String column, String value, Pattern pattern, List<Error> errors) {
            if (value == null) {
                return null;
            }
            if (!pattern.matcher(value).matches()) {
                errors.add(new Error(line, column, Texts.get("csv.code." + column, value)));
                return null;
            }
            return value;
        }
    }

    /** The lines of one folder for export, its insured person first (as a line of qualité 00). */
    static List<List<String>> lines(Patient patient) {
        List<List<String>> lines = new ArrayList<>();
        Insured insured = patient.getInsured();
        String insuredNir = insured == null ? nir15(null, null) : nir15(insured.getNir(), insured.getNirKey());
        List<Beneficiary> beneficiaries = new ArrayList<>(patient.getBeneficiaries());
        Beneficiary self = beneficiaries.stream().filter(b -> INSURED_QUALITY.equals(b.getQuality())).findFirst().orElse(null);
        if (self != null) {
            beneficiaries.remove(self);
            lines.add(line(insuredNir, self, insured));
        } else if (insured != null) {
            lines.add(List.of(insuredNir, INSURED_QUALITY, text(insured.getLastName()), text(insured.getFirstName()),
                    text(insured.getBirthName()), text(insured.getBirthDate()), "1", "", "", "", "", text(insured.getPhone()),
                    text(insured.getEmail()), text(insured.getAddress())));
        }
        for (Beneficiary b : beneficiaries) {
            lines.add(line(insuredNir, b, null));
        }
        return lines;
    }

    private static List<String> line(String insuredNir, Beneficiary b, Insured contact) {
        AmoCoverage amo = b.getAmoCoverages().isEmpty() ? null : b.getAmoCoverages().get(0);
        String own = nir15(b.getNir(), b.getNirKey());
        return List.of(insuredNir, text(b.getQuality()), text(b.getLastName()), text(b.getFirstName()), text(b.getBirthName()),
                text(b.getBirthDate()), String.valueOf(b.getBirthRank()), own.equals(insuredNir) ? "" : own,
                amo == null ? "" : text(amo.getRegime()), amo == null ? "" : text(amo.getCaisse()),
                amo == null ? "" : text(amo.getCentre()), contact == null ? "" : text(contact.getPhone()),
                contact == null ? "" : text(contact.getEmail()), contact == null ? "" : text(contact.getAddress()));
    }

    private static String nir15(String body, String key) {
        if (body == null || body.isBlank()) {
            return "";
        }
        return body + (key == null ? "" : key);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
