package org.openfse.transmission.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openfse.core.Money;
import org.openfse.core.billing.InvoiceState;
import org.openfse.core.lot.LotFlow;
import org.openfse.core.lot.LotNumbers;
import org.openfse.core.lot.LotState;
import org.openfse.core.routing.InvoiceFlow;
import org.openfse.core.sesam.SecureMode;
import org.openfse.model.api.AmcCoverage;
import org.openfse.model.api.AmoCoverage;
import org.openfse.model.api.Invoice;
import org.openfse.model.api.Lot;
import org.openfse.model.meta.OpenfseFactory;
import org.openfse.model.api.Practitioner;
import org.openfse.model.api.PractitionerSettings;

/**
 * Mettre en lot: groups secured invoices by practitioner, destination organisme, flow and secure
 * mode, and numbers the new lots ({@link LotNumbers}: the practitioner's
 * {@code PractitionerSettings.nextLotNumber}, 999 followed by 001, numbers held by an unfinished lot
 * skipped).
 */
final class LotMaker {

    /** Lots that keep their number: anything not finished may still get an ARL or a return under it. */
    private static final Set<LotState> FINISHED = EnumSet.of(LotState.ACQUITTED, LotState.REJECTED);

    static final int MAX_INVOICES = 999;
    static final int MAX_LINES = 9999;

    private final StoredLots lots;
    private final InvoiceStates invoiceStates;
    private final Instant now;

    LotMaker(StoredLots lots, InvoiceStates invoiceStates, Instant now) {
        this.lots = lots;
        this.invoiceStates = invoiceStates;
        this.now = now;
    }

    /** Every secured invoice of the practitioner not yet in a lot. */
    List<Lot> makeAll(String psNumber) {
        Practitioner practitioner = lots.practitioner(psNumber);
        long practitionerId = lots.tx().repository(Practitioner.class).idOf(practitioner);
        List<Invoice> waiting = new ArrayList<>();
        for (Invoice invoice : lots.tx().repository(Invoice.class).findBy("practitioner", practitionerId)) {
            if (invoice.getState() == InvoiceState.SECURED && invoice.getLot() == null) {
                waiting.add(invoice);
            }
        }
        return make(practitioner, waiting);
    }

    /** The selected invoices; all must be secured and in no lot. */
    List<Lot> makeSelected(Collection<Long> invoiceIds) {
        Map<Long, List<Invoice>> byPractitioner = new LinkedHashMap<>();
        Map<Long, Practitioner> practitioners = new LinkedHashMap<>();
        for (long id : new java.util.LinkedHashSet<>(invoiceIds)) {
            Invoice invoice = lots.tx().repository(Invoice.class).find(id)
                    .orElseThrow(() -> Texts.error("invoice.unknown", id));
            if (invoice.getState() != InvoiceState.SECURED || invoice.getLot() != null) {
                throw Texts.error("invoice.notSecured", invoice.getNumber(), invoice.getState());
            }
            Practitioner practitioner = lots.tx().resolve(invoice.getPractitioner());
            long pid = lots.tx().repository(Practitioner.class).idOf(practitioner);
            practitioners.put(pid, practitioner);
            byPractitioner.computeIfAbsent(pid, k -> new ArrayList<>()).add(invoice);
        }
        List<Lot> made = new ArrayList<>();
        for (Map.Entry<Long, List<Invoice>> e : byPractitioner.entrySet()) {
            made.addAll(make(practitioners.get(e.getKey()), e.getValue()));
        }
        return made;
    }

    private List<Lot> make(Practitioner practitioner, List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return List.of();
        }
        Map<Key, List<Invoice>> byKey = new java.util.TreeMap<>();
        for (Invoice invoice : invoices) {
            byKey.computeIfAbsent(key(invoice), k -> new ArrayList<>()).add(invoice);
        }
        List<Map.Entry<Key, List<Invoice>>> ordered = new ArrayList<>();
        byKey.forEach((key, members) -> {
            for (List<Invoice> chunk : chunks(members)) {
                ordered.add(Map.entry(key, chunk));
            }
        });
        PractitionerSettings settings = practitioner.getSettings();
        if (settings == null) {
            settings = OpenfseFactory.eINSTANCE.createPractitionerSettings();
            practitioner.setSettings(settings);
        }
        Set<Integer> held = heldNumbers(practitioner);
        int next = settings.getNextLotNumber() < 1 || settings.getNextLotNumber() > LotNumbers.MAX ? 1
                : settings.getNextLotNumber();
        List<Lot> made = new ArrayList<>();
        int[] numbers = new int[ordered.size()];
        for (int i = 0; i < numbers.length; i++) {
            int candidate = next;
            int tried = 0;
            while (held.contains(candidate)) {
                candidate = LotNumbers.next(candidate);
                if (++tried >= LotNumbers.MAX) {
                    throw Texts.error("lot.noFreeNumber", practitioner.getPsNumber());
                }
            }
            numbers[i] = candidate;
            held.add(candidate);
            next = LotNumbers.next(candidate);
        }
        settings.setNextLotNumber(next);
        lots.tx().repository(Practitioner.class).update(practitioner);
        for (int i = 0; i < numbers.length; i++) {
            Key key = ordered.get(i).getKey();
            List<Invoice> members = ordered.get(i).getValue();
            Lot lot = OpenfseFactory.eINSTANCE.createLot();
            lot.setNumber(numbers[i]);
            lot.setDestination(key.destination());
            lot.setSecureMode(key.secureMode());
            lot.setState(LotState.IN_LOT);
            lot.setCreatedAt(now);
            lot.setAttempts(0);
            Money fees = Money.ZERO;
            Money amo = Money.ZERO;
            Money amc = Money.ZERO;
            for (Invoice invoice : members) {
                fees = fees.plus(orZero(invoice.getTotalFees()));
                amo = amo.plus(orZero(invoice.getTotalAmo()));
                amc = amc.plus(orZero(invoice.getTotalAmc()));
            }
            lot.setTotalFees(fees);
            lot.setTotalAmo(amo);
            lot.setTotalAmc(amc);
            if (settings.getConcentrator() != null) {
                lot.setConcentrator(settings.getConcentrator());
            }
            practitioner.getLots().add(lot);
            lots.tx().repository(Lot.class).insert(lot);
            for (Invoice invoice : members) {
                invoice.setLot(lot);
                if (!invoiceStates.move(lots.tx(), invoice, InvoiceState.IN_LOT, "lot " + LotNumbers.format(numbers[i]))) {
                    lots.tx().repository(Invoice.class).update(invoice);
                }
            }
            made.add(lot);
        }
        return made;
    }

    /**
     * At most {@value #MAX_INVOICES} invoices and {@value #MAX_LINES} act lines per lot: the widths of
     * the B2 lot trailer counters (type 6 positions 11-13 and 14-17, B2.md 5.28).
     */
    static List<List<Invoice>> chunks(List<Invoice> members) {
        List<List<Invoice>> chunks = new ArrayList<>();
        List<Invoice> current = new ArrayList<>();
        int lines = 0;
        for (Invoice invoice : members) {
            int n = Math.max(1, invoice.getLines().size());
            if (!current.isEmpty() && (current.size() == MAX_INVOICES || lines + n > MAX_LINES)) {
                chunks.add(current);
                current = new ArrayList<>();
                lines = 0;
            }
            current.add(invoice);
            lines += n;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private Set<Integer> heldNumbers(Practitioner practitioner) {
        long pid = lots.tx().repository(Practitioner.class).idOf(practitioner);
        Set<Integer> held = new HashSet<>();
        for (Lot lot : lots.tx().repository(Lot.class).findBy("practitioner", pid)) {
            if (!FINISHED.contains(lot.getState())) {
                held.add(lot.getNumber());
            }
        }
        return held;
    }

    private Key key(Invoice invoice) {
        String number = Objects.toString(invoice.getNumber(), "?");
        SecureMode mode = invoice.getSecureMode() == null ? SecureMode.SESAM_VITALE : invoice.getSecureMode();
        if (invoice.getFlow() == InvoiceFlow.DRE_ONLY) {
            if (invoice.getAmcCoverage() == null) {
                throw Texts.error("b2.noAmc", number);
            }
            AmcCoverage amc = lots.tx().resolve(invoice.getAmcCoverage());
            return new Key("AMC " + Objects.toString(amc.getAmcNumber(), ""), LotFlow.DRE, mode);
        }
        if (invoice.getAmoCoverage() == null) {
            throw Texts.error("b2.noAmo", number);
        }
        AmoCoverage amo = lots.tx().resolve(invoice.getAmoCoverage());
        return new Key(amo.getRegime() + " " + amo.getCaisse(), LotFlow.FSE, mode);
    }

    private static Money orZero(Money money) {
        return money == null ? Money.ZERO : money;
    }

    /** A group: one lot per key, ordered by destination, flow and mode. */
    record Key(String destination, LotFlow flow, SecureMode secureMode) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = destination.compareTo(o.destination);
            if (c == 0) {
                c = flow.compareTo(o.flow);
            }
            return c != 0 ? c : secureMode.compareTo(o.secureMode);
        }
    }
}
