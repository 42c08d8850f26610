package org.openfse.card.demo.internal.profile;

import static org.openfse.card.demo.internal.profile.Layout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfse.core.Period;
import org.openfse.core.card.AmcContract;
import org.openfse.core.card.AmoService;
import org.openfse.core.card.Beneficiary;
import org.openfse.core.card.BeneficiaryDetails;
import org.openfse.core.card.ExemptionPeriod;
import org.openfse.core.card.Mutuelle;
import org.openfse.core.card.VitaleCard;
import org.openfse.core.card.WorkAccidentRights;

/**
 * The Vitale application of a test card as records, both ways: {@link #encode(VitaleCard)} writes
 * the files a test card serves, {@link #decode} reads them back. docs/card-profile.md, "Vitale".
 */
public final class VitaleRecords {

    private VitaleRecords() {
    }

    /** The files of the Vitale application: file id to records, in order. */
    public static Map<Integer, List<byte[]>> encode(VitaleCard card) {
        Tlv.Builder head = new Tlv.Builder().add(T_LAYOUT, LAYOUT_VERSION).add(T_SERIAL, card.serial());
        kindCode(card.kind()).ifPresent(code -> head.add(T_KIND, code));
        card.validUntil().ifPresent(day -> head.add(T_VALID_UNTIL, Values.date(day)));
        head.add(T_INSURED_NIR, Values.nir(card.insuredNir()));
        List<byte[]> beneficiaries = new ArrayList<>();
        List<byte[]> complements = new ArrayList<>();
        for (Beneficiary b : card.beneficiaries()) {
            beneficiaries.add(identity(b));
            complements.add(complements(b.details()));
        }
        Map<Integer, List<byte[]>> files = new LinkedHashMap<>();
        files.put(EF_CARD, List.of(head.build()));
        files.put(EF_BENEFICIARIES, beneficiaries);
        files.put(EF_COMPLEMENTS, complements);
        return files;
    }

    private static byte[] identity(Beneficiary b) {
        BeneficiaryDetails d = b.details();
        Tlv.Builder r = new Tlv.Builder()
                .add(T_LAST_NAME, b.lastName())
                .addIfNotEmpty(T_BIRTH_NAME, d.birthName())
                .add(T_FIRST_NAME, b.firstName())
                .add(T_BIRTH_DATE, b.birthDate())
                .add(T_BIRTH_RANK, Integer.toString(b.birthRank()))
                .add(T_QUALITY, b.quality());
        b.nir().ifPresent(nir -> r.add(T_NIR, Values.nir(nir)));
        d.certificationDate().ifPresent(day -> r.add(T_CERTIFICATION_DATE, Values.date(day)));
        r.add(T_REGIME, b.amoRegime()).add(T_FUND, b.amoFund()).add(T_CENTRE, b.amoCentre())
                .addIfNotEmpty(T_MANAGING_CODE, d.amoManagingCode());
        for (Period period : b.rights()) {
            r.add(T_AMO_RIGHTS, Values.period(period));
        }
        d.amoService().ifPresent(s -> r.add(T_AMO_SERVICE, s.code() + s.period().map(Values::period).orElse("")));
        for (ExemptionPeriod e : d.exemptions()) {
            r.add(T_EXEMPTION, Values.period(e.period()) + Values.flag(e.ald()) + e.situation());
        }
        d.gpDeclared().ifPresent(gp -> r.add(T_GP_DECLARED, Values.flag(gp)));
        return r.build();
    }

    private static byte[] complements(BeneficiaryDetails d) {
        Tlv.Builder r = new Tlv.Builder();
        for (String line : d.address()) {
            r.add(T_ADDRESS_LINE, line);
        }
        d.mutuelle().ifPresent(m -> {
            r.add(T_MUTUELLE_NUMBER, m.number());
            m.period().ifPresent(p -> r.add(T_MUTUELLE_PERIOD, Values.period(p)));
        });
        d.amc().ifPresent(amc -> {
            r.add(T_AMC_NUMBER, amc.amcNumber()).addIfNotEmpty(T_AMC_MEMBER, amc.memberNumber());
            amc.period().ifPresent(p -> r.add(T_AMC_PERIOD, Values.period(p)));
        });
        d.workAccident().ifPresent(at -> {
            r.add(T_AT_RISK_MANAGER, at.riskManager());
            for (WorkAccidentRights.WorkAccident accident : at.accidents()) {
                r.add(T_AT_ACCIDENT, accident.manager() + accident.id());
            }
        });
        return r.build();
    }

    /**
     * Reads the card back from its records.
     *
     * @param card the record of {@link Layout#EF_CARD}
     * @param beneficiaries the records of {@link Layout#EF_BENEFICIARIES}
     * @param complements the records of {@link Layout#EF_COMPLEMENTS}, same numbering (missing ones: nothing)
     * @throws IllegalArgumentException naming the record and the field that breaks the layout
     */
    public static VitaleCard decode(byte[] card, List<byte[]> beneficiaries, List<byte[]> complements) {
        Tlv head = parse(card, "EF 0101 record 1");
        String layout = head.required(T_LAYOUT);
        if (!LAYOUT_VERSION.equals(layout)) {
            throw new IllegalArgumentException("EF 0101 record 1: layout version " + layout + " is not supported (expected "
                    + LAYOUT_VERSION + ")");
        }
        List<Beneficiary> read = new ArrayList<>();
        for (int i = 0; i < beneficiaries.size(); i++) {
            String where = "EF 0102 record " + (i + 1);
            Tlv identity = parse(beneficiaries.get(i), where);
            Tlv extra = i < complements.size() ? parse(complements.get(i), "EF 0103 record " + (i + 1)) : Tlv.parse(new byte[0]);
            read.add(beneficiary(identity, extra, where));
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException("EF 0102 holds no beneficiary");
        }
        return new VitaleCard(head.required(T_SERIAL), Values.nir(head.required(T_INSURED_NIR), "EF 0101 insured NIR"), read,
                kind(head.first(T_KIND)), head.first(T_VALID_UNTIL).map(t -> Values.date(t, "EF 0101 validity")));
    }

    private static Beneficiary beneficiary(Tlv r, Tlv extra, String where) {
        String rank = r.required(T_BIRTH_RANK);
        if (rank.length() != 1 || rank.charAt(0) < '1' || rank.charAt(0) > '9') {
            throw new IllegalArgumentException(where + ": birth rank must be one digit 1-9, got '" + rank + "'");
        }
        String birthDate = Values.digits(r.required(T_BIRTH_DATE), 8, where + " birth date");
        List<Period> rights = r.all(T_AMO_RIGHTS).stream().map(t -> Values.period(t, where + " AMO rights")).toList();
        Optional<AmoService> service = r.first(T_AMO_SERVICE).map(t -> amoService(t, where));
        List<ExemptionPeriod> exemptions = r.all(T_EXEMPTION).stream().map(t -> exemption(t, where)).toList();
        Optional<Mutuelle> mutuelle = extra.first(T_MUTUELLE_NUMBER).map(number -> new Mutuelle(number,
                Values.optionalPeriod(extra.first(T_MUTUELLE_PERIOD), where + " mutuelle period")));
        Optional<AmcContract> amc = extra.first(T_AMC_NUMBER).map(number -> new AmcContract(number,
                extra.first(T_AMC_MEMBER).orElse(""), Values.optionalPeriod(extra.first(T_AMC_PERIOD), where + " AMC period")));
        Optional<WorkAccidentRights> at = extra.first(T_AT_RISK_MANAGER).map(manager -> new WorkAccidentRights(
                Values.digits(manager, 9, where + " AT risk manager"),
                extra.all(T_AT_ACCIDENT).stream().map(t -> {
                    Values.digits(t, 18, where + " work accident");
                    return new WorkAccidentRights.WorkAccident(t.substring(0, 9), t.substring(9));
                }).toList()));
        BeneficiaryDetails details = new BeneficiaryDetails(r.first(T_BIRTH_NAME).orElse(""), extra.all(T_ADDRESS_LINE),
                r.first(T_CERTIFICATION_DATE).map(t -> Values.date(t, where + " certification date")),
                r.first(T_MANAGING_CODE).map(t -> Values.digits(t, 2, where + " managing code")).orElse(""),
                r.first(T_GP_DECLARED).map(t -> Values.flag(t, where + " médecin traitant")), service, exemptions, mutuelle,
                amc, at);
        return new Beneficiary(r.required(T_LAST_NAME), r.required(T_FIRST_NAME),
                r.first(T_NIR).map(t -> Values.nir(t, where + " NIR")), birthDate, rank.charAt(0) - '0',
                Values.digits(r.required(T_QUALITY), 2, where + " quality"),
                Values.digits(r.required(T_REGIME), 2, where + " régime"), Values.digits(r.required(T_FUND), 3, where + " caisse"),
                Values.digits(r.required(T_CENTRE), 4, where + " centre"), rights, details);
    }

    private static AmoService amoService(String text, String where) {
        if (text.length() != 2 && text.length() != 18) {
            throw new IllegalArgumentException(where + ": AMO service is 2 digits, optionally followed by a period: '" + text + "'");
        }
        String code = Values.digits(text.substring(0, 2), 2, where + " AMO service");
        return new AmoService(code, text.length() == 2 ? Optional.empty()
                : Optional.of(Values.period(text.substring(2), where + " AMO service period")));
    }

    private static ExemptionPeriod exemption(String text, String where) {
        if (text.length() < 17) {
            throw new IllegalArgumentException(where + ": exemption is a period, an ALD flag and a situation: '" + text + "'");
        }
        return new ExemptionPeriod(Values.period(text.substring(0, 16), where + " exemption"),
                Values.flag(text.substring(16, 17), where + " exemption ALD flag"), text.substring(17));
    }

    private static Tlv parse(byte[] record, String where) {
        try {
            return Tlv.parse(record);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> kindCode(VitaleCard.Kind kind) {
        return switch (kind) {
            case REAL -> Optional.of("R");
            case TEST -> Optional.of("T");
            case DEMONSTRATION -> Optional.of("D");
            case UNSPECIFIED -> Optional.empty();
        };
    }

    static VitaleCard.Kind kind(Optional<String> code) {
        return switch (code.orElse("")) {
            case "R" -> VitaleCard.Kind.REAL;
            case "T" -> VitaleCard.Kind.TEST;
            case "D" -> VitaleCard.Kind.DEMONSTRATION;
            default -> VitaleCard.Kind.UNSPECIFIED;
        };
    }
}
