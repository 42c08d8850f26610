package org.openfse.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openfse.core.Money;
import org.openfse.core.tariff.ActLine;
import org.openfse.core.tariff.AmcRequest;
import org.openfse.core.tariff.Coverage;
import org.openfse.core.tariff.PricingRequest;

/** Five-line invoices of each specialty, as requests and as input lines of {@code price --batch}. */
public final class Invoices {

    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 15);

    private Invoices() {
    }

    /** A five-line invoice of {@code specialty}: optician, nurse or doctor. */
    public static PricingRequest request(String specialty) {
        return switch (specialty) {
            case "optician" -> new PricingRequest("optician", MARCH_2025, Coverage.maladie(), Optional.of(new AmcRequest(Money.parse("100.00"))),
                    List.of(optics("VU3", "7230795", "103.00"), optics("VU3", "7230795", "103.00"), optics("M03", "7211674", "209.00"),
                            optics("VM4", "2290000", "180.50"), optics("M01", "2210546", "30.00")));
            case "nurse" -> new PricingRequest("nurse", MARCH_2025, Coverage.maladie(), Optional.empty(),
                    List.of(coefficient("AMI", "2"), coefficient("AIS", "3"), ActLine.of("MN"), ActLine.of("IFD"),
                            new ActLine("IK", Optional.empty(), 12, Optional.empty(), BigDecimal.ONE)));
            case "doctor" -> new PricingRequest("doctor", MARCH_2025, Coverage.maladie(), Optional.of(AmcRequest.contract(100,
                    Optional.empty(), true)), List.of(ActLine.of("G"), ActLine.of("GS"), ActLine.of("APC"),
                    new ActLine("G", Optional.empty(), 1, Optional.of(Money.parse("45.00")), BigDecimal.ONE), ActLine.of("G")));
            default -> throw new IllegalArgumentException("unknown specialty " + specialty);
        };
    }

    /** The same invoices as one line of JSON each (docs/cli.md). */
    public static String json(String specialty) {
        return switch (specialty) {
            case "optician" -> "{\"specialty\":\"optician\",\"date\":\"2025-03-15\",\"amo\":{\"organisme\":\"01C751809\",\"tiersPayant\":true},"
                    + "\"amc\":{\"amount\":\"100.00\",\"organisme\":\"1100000000\"},\"lines\":["
                    + "{\"code\":\"VU3\",\"lpp\":\"7230795\",\"quantity\":1,\"unitPrice\":\"103.00\"},"
                    + "{\"code\":\"VU3\",\"lpp\":\"7230795\",\"quantity\":1,\"unitPrice\":\"103.00\"},"
                    + "{\"code\":\"M03\",\"lpp\":\"7211674\",\"quantity\":1,\"unitPrice\":\"209.00\"},"
                    + "{\"code\":\"VM4\",\"lpp\":\"2290000\",\"quantity\":1,\"unitPrice\":\"180.50\"},"
                    + "{\"code\":\"M01\",\"lpp\":\"2210546\",\"quantity\":1,\"unitPrice\":\"30.00\"}]}";
            case "nurse" -> "{\"specialty\":\"nurse\",\"date\":\"2025-03-15\",\"amo\":{\"organisme\":\"01C751809\",\"tiersPayant\":true},"
                    + "\"lines\":[{\"code\":\"AMI\",\"coefficient\":2},{\"code\":\"AIS\",\"coefficient\":3},{\"code\":\"MN\"},"
                    + "{\"code\":\"IFD\"},{\"code\":\"IK\",\"quantity\":12}]}";
            case "doctor" -> "{\"specialty\":\"doctor\",\"date\":\"2025-03-15\",\"coverage\":{\"nature\":\"maladie\"},"
                    + "\"amo\":{\"organisme\":\"01C751809\"},\"amc\":{\"rate\":100,\"organisme\":\"1100000000\",\"management\":\"unique\"},"
                    + "\"lines\":[{\"code\":\"G\"},{\"code\":\"GS\"},{\"code\":\"APC\"},{\"code\":\"G\",\"unitPrice\":\"45.00\"},{\"code\":\"G\"}]}";
            default -> throw new IllegalArgumentException("unknown specialty " + specialty);
        };
    }

    private static ActLine optics(String code, String lpp, String price) {
        return new ActLine(code, Optional.of(lpp), 1, Optional.of(Money.parse(price)), BigDecimal.ONE);
    }

    private static ActLine coefficient(String code, String coefficient) {
        return new ActLine(code, Optional.empty(), 1, Optional.empty(), new BigDecimal(coefficient));
    }
}
