package org.openfse.card.demo.internal.profile;

import static org.openfse.card.demo.internal.profile.Layout.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfse.core.card.CpsCard;
import org.openfse.core.card.PracticeSituation;

/** The CPS application of a test card as records, both ways. docs/card-profile.md, "CPS". */
public final class CpsRecords {

    private CpsRecords() {
    }

    /** The files of the CPS application. */
    public static Map<Integer, List<byte[]>> encode(CpsCard card) {
        Map<Integer, List<byte[]>> files = new LinkedHashMap<>();
        files.put(EF_HOLDER, List.of(new Tlv.Builder().add(T_LAYOUT, LAYOUT_VERSION).add(T_LAST_NAME, card.lastName())
                .add(T_FIRST_NAME, card.firstName()).build()));
        List<byte[]> situations = new ArrayList<>();
        for (PracticeSituation s : card.situations()) {
            situations.add(new Tlv.Builder().add(T_BILLING_NUMBER, s.billingNumber()).add(T_SPECIALTY, s.specialty())
                    .add(T_CONVENTION, s.conventionCode()).addIfNotEmpty(T_PRICING_ZONE, s.pricingZone())
                    .addIfNotEmpty(T_STRUCTURE, s.structure()).build());
        }
        files.put(EF_SITUATIONS, situations);
        return files;
    }

    /**
     * @throws IllegalArgumentException naming the record and field that break the layout
     */
    public static CpsCard decode(byte[] holder, List<byte[]> situations) {
        Tlv head = parse(holder, "EF 0201 record 1");
        String layout = head.required(T_LAYOUT);
        if (!LAYOUT_VERSION.equals(layout)) {
            throw new IllegalArgumentException("EF 0201 record 1: layout version " + layout + " is not supported");
        }
        List<PracticeSituation> read = new ArrayList<>();
        for (int i = 0; i < situations.size(); i++) {
            String where = "EF 0202 record " + (i + 1);
            Tlv r = parse(situations.get(i), where);
            read.add(new PracticeSituation(i + 1, Values.digits(r.required(T_BILLING_NUMBER), 9, where + " billing number"),
                    Values.digits(r.required(T_SPECIALTY), 2, where + " specialty"), r.required(T_CONVENTION),
                    r.first(T_PRICING_ZONE).orElse(""), r.first(T_STRUCTURE).orElse("")));
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException("EF 0202 holds no practice situation");
        }
        return CpsCard.of(head.required(T_LAST_NAME), head.required(T_FIRST_NAME), read);
    }

    private static Tlv parse(byte[] record, String where) {
        try {
            return Tlv.parse(record);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
