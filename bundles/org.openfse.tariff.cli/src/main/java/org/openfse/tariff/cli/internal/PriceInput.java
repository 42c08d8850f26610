package org.openfse.tariff.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.openfse.core.Money;
import org.openfse.core.routing.AmcManagement;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.Forcing;
import org.openfse.core.tariff.InsuranceNature;
import org.openfse.core.tariff.PricingRequest;
import org.openfse.core.tariff.RenewalIndicator;
import org.openfse.tariff.cli.internal.json.JsonNull;
import org.openfse.tariff.spi.Texts;

/**
 * Reads the JSON input of {@code price} (docs/cli.md) into a {@link PriceOrder}. Strict: unknown
 * members, wrong types and out-of-range values are refused with the path of the field
 * ({@code lines[1].unitPrice}) and a French reason. Amounts are strings or numbers with at most
 * two decimals, read as decimals, never as floating point. Checks that need the tariff tables
 * (codes, dates of prices, exemption codes) are left to the tariff engine.
 */
final class PriceInput {

    /** Most lines on one invoice. */
    static final int MAX_LINES = 999;
    /** Most items on one line. */
    static final int MAX_QUANTITY = 9999;

    private static final Set<String> TOP = Set.of("specialty", "date", "coverage", "amc", "amo", "concentrator", "renewal", "lines");
    private static final Set<String> COVERAGE = Set.of("nature", "alsaceMoselle", "ald", "c2s", "exemption", "forcings");
    private static final Set<String> AMC = Set.of("amount", "rate", "ceiling", "responsible", "organisme", "management", "tiersPayant");
    private static final Set<String> AMO = Set.of("organisme", "tiersPayant");
    private static final Set<String> LINE = Set.of("code", "lpp", "quantity", "unitPrice", "coefficient");

    private static final Pattern SPECIALTY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern AMO_ORGANISME = Pattern.compile("[0-9A-Z]{9}");
    private static final Pattern AMC_ORGANISME = Pattern.compile("\\d{8,10}");
    private static final Pattern EXEMPTION = Pattern.compile("\\d{1,3}");
    private static final Pattern CONCENTRATOR = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,8}");
    private static final BigDecimal MAX_COEFFICIENT = new BigDecimal("999");

    private final Texts texts;

    PriceInput(Texts texts) {
        this.texts = texts;
    }

    /**
     * @param json the value read by {@link org.openfse.tariff.cli.internal.json.JsonReader}
     * @throws InvalidInputException naming the first field at fault
     */
    PriceOrder read(Object json) throws InvalidInputException {
        Map<String, Object> root = object(json, "", true);
        String specialty = string(root, "specialty", "");
        if (!SPECIALTY.matcher(specialty).matches()) {
            throw invalid("specialty", "input.specialty", specialty);
        }
        LocalDate date = date(string(root, "date", ""));
        Coverage coverage = coverage(optional(root, "coverage"));
        boolean c2s = coverage.c2s();
        Optional<Object> amcValue = optional(root, "amc");
        Optional<AmcRequest> amcRequest = Optional.empty();
        Optional<String> amcOrganisme = Optional.empty();
        AmcManagement management = c2s ? AmcManagement.UNIQUE : AmcManagement.NONE;
        boolean tiersPayantAmc = c2s;
        if (amcValue.isPresent()) {
            Map<String, Object> amc = object(amcValue.get(), "amc", false);
            amcRequest = Optional.of(amcRequest(amc));
            amcOrganisme = optionalString(amc, "organisme", "amc", AMC_ORGANISME, "input.amcOrganisme");
            Optional<String> managementText = optionalString(amc, "management", "amc");
            management = managementText.isPresent() ? management(managementText.get()) : AmcManagement.SEPARATE;
            tiersPayantAmc = bool(amc, "tiersPayant", "amc", true);
            if (c2s && !tiersPayantAmc) {
                throw invalid("amc.tiersPayant", "input.c2sTiersPayant");
            }
        }
        Optional<String> amoOrganisme = Optional.empty();
        boolean tiersPayantAmo = c2s;
        Optional<Object> amoValue = optional(root, "amo");
        if (amoValue.isPresent()) {
            Map<String, Object> amo = object(amoValue.get(), "amo", false);
            known(amo, AMO, "amo");
            amoOrganisme = optionalString(amo, "organisme", "amo", AMO_ORGANISME, "input.amoOrganisme");
            tiersPayantAmo = bool(amo, "tiersPayant", "amo", c2s);
            if (c2s && !tiersPayantAmo) {
                throw invalid("amo.tiersPayant", "input.c2sTiersPayant");
            }
        }
        if (c2s && amcValue.isEmpty()) {
            amcOrganisme = amoOrganisme;
        }
        Optional<String> concentrator = optionalString(root, "concentrator", "", CONCENTRATOR, "input.concentrator");
        Optional<String> renewalText = optionalString(root, "renewal", "");
        Optional<RenewalIndicator> renewal = renewalText.isPresent() ? Optional.of(renewal(renewalText.get())) : Optional.empty();
        List<ActLine> lines = lines(required(root, "lines", ""));
        PricingRequest request = new PricingRequest(specialty, date, coverage, amcRequest, lines, renewal);
        return new PriceOrder(request, new RoutingFacts(amoOrganisme, tiersPayantAmo, amcOrganisme, management, tiersPayantAmc,
                concentrator));
    }

    private Coverage coverage(Optional<Object> value) throws InvalidInputException {
        if (value.isEmpty()) {
            return Coverage.maladie();
        }
        Map<String, Object> coverage = object(value.get(), "coverage", false);
        known(coverage, COVERAGE, "coverage");
        InsuranceNature nature = InsuranceNature.MALADIE;
        Optional<String> natureText = optionalString(coverage, "nature", "coverage");
        if (natureText.isPresent()) {
            try {
                nature = InsuranceNature.fromCode(natureText.get());
            } catch (IllegalArgumentException e) {
                throw invalid("coverage.nature", "input.nature", natureText.get());
            }
        }
        Optional<String> exemption = optionalString(coverage, "exemption", "coverage", EXEMPTION, "input.exemption");
        Set<Forcing> forcings = EnumSet.noneOf(Forcing.class);
        Optional<Object> forcingValue = optional(coverage, "forcings");
        if (forcingValue.isPresent()) {
            List<Object> items = array(forcingValue.get(), "coverage.forcings");
            for (int i = 0; i < items.size(); i++) {
                String field = "coverage.forcings[" + i + "]";
                String code = text(items.get(i), field);
                Forcing forcing;
                try {
                    forcing = Forcing.fromCode(code);
                } catch (IllegalArgumentException e) {
                    throw invalid(field, "input.forcing", code);
                }
                if (!forcings.add(forcing)) {
                    throw invalid(field, "input.forcingRepeated", code);
                }
            }
        }
        return new Coverage(nature, bool(coverage, "alsaceMoselle", "coverage", false), bool(coverage, "ald", "coverage", false),
                bool(coverage, "c2s", "coverage", false), exemption, forcings);
    }

    private AmcRequest amcRequest(Map<String, Object> amc) throws InvalidInputException {
        known(amc, AMC, "amc");
        Optional<Object> amount = optional(amc, "amount");
        Optional<Object> rate = optional(amc, "rate");
        Optional<Object> ceiling = optional(amc, "ceiling");
        if (amount.isPresent() == (rate.isPresent() || ceiling.isPresent())) {
            throw invalid(amount.isPresent() ? "amc.amount" : "amc", "input.amc.mode");
        }
        if (amount.isPresent()) {
            if (amc.containsKey("responsible")) {
                throw invalid("amc.responsible", "input.amc.responsible");
            }
            return new AmcRequest(money(amount.get(), "amc.amount"));
        }
        OptionalInt percent = OptionalInt.empty();
        if (rate.isPresent()) {
            percent = OptionalInt.of(integer(rate.get(), "amc.rate", 0, AmcRequest.MAX_RATE, "input.rate"));
        }
        Optional<Money> cap = Optional.empty();
        if (ceiling.isPresent()) {
            cap = Optional.of(money(ceiling.get(), "amc.ceiling"));
        }
        return new AmcRequest(Optional.empty(), percent, cap, bool(amc, "responsible", "amc", true));
    }

    private List<ActLine> lines(Object value) throws InvalidInputException {
        List<Object> items = array(value, "lines");
        if (items.size() > MAX_LINES) {
            throw invalid("lines", "input.tooManyLines", String.valueOf(MAX_LINES), String.valueOf(items.size()));
        }
        List<ActLine> lines = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = "lines[" + i + "]";
            Map<String, Object> line = object(items.get(i), path, false);
            known(line, LINE, path);
            String code = check(string(line, "code", path), CODE, path + ".code", "input.code");
            Optional<String> lpp = optionalString(line, "lpp", path);
            if (lpp.isPresent() && (lpp.get().isEmpty() || lpp.get().length() > 13)) {
                throw invalid(path + ".lpp", "input.lpp", lpp.get());
            }
            int quantity = 1;
            Optional<Object> quantityValue = optional(line, "quantity");
            if (quantityValue.isPresent()) {
                quantity = integer(quantityValue.get(), path + ".quantity", 1, MAX_QUANTITY, "input.quantity");
            }
            Optional<Money> unitPrice = Optional.empty();
            Optional<Object> priceValue = optional(line, "unitPrice");
            if (priceValue.isPresent()) {
                unitPrice = Optional.of(money(priceValue.get(), path + ".unitPrice"));
            }
            BigDecimal coefficient = BigDecimal.ONE;
            Optional<Object> coefficientValue = optional(line, "coefficient");
            if (coefficientValue.isPresent()) {
                coefficient = coefficient(coefficientValue.get(), path + ".coefficient");
            }
            lines.add(new ActLine(code, lpp, quantity, unitPrice, coefficient));
        }
        return lines;
    }

    private LocalDate date(String text) throws InvalidInputException {
        if (!DATE.matcher(text).matches()) {
            throw invalid("date", "input.date", text);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid("date", "input.date", text);
        }
    }

    private AmcManagement management(String text) throws InvalidInputException {
        return switch (text) {
            case "unique" -> AmcManagement.UNIQUE;
            case "separate" -> AmcManagement.SEPARATE;
            default -> throw invalid("amc.management", "input.management", text);
        };
    }

    private RenewalIndicator renewal(String text) throws InvalidInputException {
        return switch (text) {
            case "RI" -> RenewalIndicator.RI;
            case "RA" -> RenewalIndicator.RA;
            default -> throw invalid("renewal", "input.renewal", text);
        };
    }

    private Money money(Object value, String field) throws InvalidInputException {
        if (value instanceof String text && AMOUNT.matcher(text).matches()) {
            return Money.parse(text);
        }
        if (value instanceof BigDecimal number && number.signum() >= 0) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() <= 2 && stripped.precision() - stripped.scale() <= 9) {
                return Money.of(stripped);
            }
        }
        throw invalid(field, "input.amount", shown(value));
    }

    private BigDecimal coefficient(Object value, String field) throws InvalidInputException {
        BigDecimal number = null;
        if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if (value instanceof String text && text.matches("\\d{1,3}(\\.\\d{1,2})?")) {
            number = new BigDecimal(text);
        }
        if (number != null && number.signum() > 0) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() <= 2 && stripped.precision() - stripped.scale() <= 3 && stripped.compareTo(MAX_COEFFICIENT) <= 0) {
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            }
        }
        throw invalid(field, "input.coefficient", shown(value));
    }

    private int integer(Object value, String field, int min, int max, String key) throws InvalidInputException {
        if (value instanceof BigDecimal number) {
            BigDecimal stripped = number.stripTrailingZeros();
            if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 9) {
                int result = stripped.intValueExact();
                if (result >= min && result <= max) {
                    return result;
                }
            }
        }
        throw invalid(field, key, shown(value), String.valueOf(max));
    }

    private Map<String, Object> object(Object value, String field, boolean root) throws InvalidInputException {
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> members = (Map<String, Object>) map;
            if (root) {
                known(members, TOP, "");
            }
            return members;
        }
        throw root ? invalid("(facture)", "input.notObject") : invalid(field, "input.object");
    }

    private List<Object> array(Object value, String field) throws InvalidInputException {
        if (value instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            return items;
        }
        throw invalid(field, "input.array");
    }

    private void known(Map<String, Object> object, Set<String> allowed, String parent) throws InvalidInputException {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw invalid(path(parent, name), "input.unknownField", String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private Object required(Map<String, Object> object, String name, String parent) throws InvalidInputException {
        Object value = object.get(name);
        if (value == null || value == JsonNull.NULL) {
            throw invalid(path(parent, name), "input.missing");
        }
        return value;
    }

    /** A member that may be absent; {@code null} counts as absent. */
    private static Optional<Object> optional(Map<String, Object> object, String name) {
        Object value = object.get(name);
        return value == null || value == JsonNull.NULL ? Optional.empty() : Optional.of(value);
    }

    private String string(Map<String, Object> object, String name, String parent) throws InvalidInputException {
        return text(required(object, name, parent), path(parent, name));
    }

    private Optional<String> optionalString(Map<String, Object> object, String name, String parent) throws InvalidInputException {
        Optional<Object> value = optional(object, name);
        return value.isPresent() ? Optional.of(text(value.get(), path(parent, name))) : Optional.empty();
    }

    private Optional<String> optionalString(Map<String, Object> object, String name, String parent, Pattern pattern, String key)
            throws InvalidInputException {
        Optional<String> text = optionalString(object, name, parent);
        if (text.isPresent()) {
            check(text.get(), pattern, path(parent, name), key);
        }
        return text;
    }

    private String text(Object value, String field) throws InvalidInputException {
        if (value instanceof String text) {
            return text;
        }
        throw invalid(field, "input.string");
    }

    private boolean bool(Map<String, Object> object, String name, String parent, boolean fallback) throws InvalidInputException {
        Optional<Object> value = optional(object, name);
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get() instanceof Boolean flag) {
            return flag;
        }
        throw invalid(path(parent, name), "input.boolean");
    }

    private String check(String text, Pattern pattern, String field, String key) throws InvalidInputException {
        if (!pattern.matcher(text).matches()) {
            throw invalid(field, key, text);
        }
        return text;
    }

    private static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String shown(Object value) {
        if (value instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value instanceof BigDecimal number) {
            String text = number.toString();
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
        if (value instanceof Map) {
            return "{…}";
        }
        if (value instanceof List) {
            return "[…]";
        }
        return String.valueOf(value);
    }

    private InvalidInputException invalid(String field, String key, Object... arguments) {
        return new InvalidInputException(field, texts.format(key, arguments));
    }
}
