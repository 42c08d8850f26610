package org.openfse.tariff.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricingException;

/**
 * The exemption situations of the ticket modérateur that a {@link Coverage} may name
 * ({@link Coverage#exemption()}), read from {@code exemptions.csv} shipped in this bundle: their
 * IR_EXO_V code, whether they exempt the care (AMO at 100 %), a French label.
 */
public final class Exemptions {

    /** One exemption situation. */
    public record Exemption(String code, boolean exempting, String label, String source) {
        public Exemption {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(source, "source");
        }
    }

    /** IR_EXO_V code of care from the 6th month of pregnancy (no participation forfaitaire, DOMAIN.md). */
    public static final String PREGNANCY_FROM_SIXTH_MONTH = "55";

    /** The request field that names the exemption. */
    public static final String FIELD = "coverage.exemption";

    private static final String HEADER = "code;exempting;label;source";
    private static final String PATH = "org/openfse/tariff/internal/exemptions.csv";
    private static final Texts TEXTS = Texts.load(Exemptions.class, "org.openfse.tariff.internal.messages");
    private static final Exemptions SHIPPED = load();

    private final Map<String, Exemption> byCode;

    private Exemptions(Map<String, Exemption> byCode) {
        this.byCode = byCode;
    }

    /** The situations shipped with OpenFSE. */
    public static Exemptions shipped() {
        return SHIPPED;
    }

    /** Whether the coverage names a situation that exempts the care from the ticket modérateur. */
    public static boolean exempts(Coverage coverage) {
        return coverage.exemption().flatMap(SHIPPED::find).map(Exemption::exempting).orElse(false);
    }

    /** Whether the coverage names the given situation. */
    public static boolean names(Coverage coverage, String code) {
        return coverage.exemption().map(code::equals).orElse(false);
    }

    /** The situation of {@code code}, if it is known. */
    public Optional<Exemption> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every known situation, in file order. */
    public Map<String, Exemption> all() {
        return byCode;
    }

    /**
     * Checks the coverage's exemption code.
     *
     * @throws PricingException {@code INVALID_VALUE} on {@value #FIELD} when the code is unknown
     */
    public void check(Coverage coverage) throws PricingException {
        if (coverage.exemption().isPresent() && find(coverage.exemption().get()).isEmpty()) {
            throw TEXTS.refusal(PricingException.Reason.INVALID_VALUE, FIELD, "exemption.unknown", coverage.exemption().get(),
                    String.join(", ", byCode.keySet()));
        }
    }

    private static Exemptions load() {
        try (InputStream in = Exemptions.class.getClassLoader().getResourceAsStream(PATH)) {
            if (in == null) {
                throw new IllegalStateException("exemption table not found in the bundle: " + PATH);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
    }

    /**
     * Reads a table in the format of {@code exemptions.csv}.
     *
     * @throws IllegalStateException naming the line at fault
     */
    static Exemptions read(Reader reader, String name) throws IOException {
        Map<String, Exemption> byCode = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!HEADER.equals(text)) {
                    throw new IllegalStateException(name + ":" + number + ": expected header '" + HEADER + "'");
                }
                headerSeen = true;
                continue;
            }
            String[] cells = text.split(";", -1);
            if (cells.length != 4 || !(cells[1].equals("Y") || cells[1].equals("N")) || cells[0].isBlank()
                    || byCode.containsKey(cells[0])) {
                throw new IllegalStateException(name + ":" + number + ": bad or repeated line '" + text + "'");
            }
            byCode.put(cells[0], new Exemption(cells[0], cells[1].equals("Y"), cells[2], cells[3]));
        }
        if (byCode.isEmpty()) {
            throw new IllegalStateException(name + ": empty table");
        }
        return new Exemptions(Collections.unmodifiableMap(byCode));
    }
}
