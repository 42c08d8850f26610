package org.openfse.transmission.internal.cli;

import java.io.PrintStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import org.openfse.core.Money;
import org.openfse.core.command.CliCommand;
import org.openfse.core.lot.BordereauKind;
import org.openfse.core.lot.LotException;
import org.openfse.core.lot.LotFile;
import org.openfse.core.lot.LotQuery;
import org.openfse.core.lot.LotService;
import org.openfse.core.lot.LotSummary;
import org.openfse.core.store.PageRequest;
import org.openfse.core.store.Store;
import org.openfse.model.api.Practitioner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code openfse cli lots list [--json] [--ps PS]}: the lots, newest first (docs/cli.md). Text: one
 * line per lot with a header line; JSON: an array of objects with fixed keys.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=lots")
public final class LotsCommand implements CliCommand {

    static final String USAGE = "Usage : lots list [--json] [--ps NUMÉRO_PS] | lots make [--ps NUMÉRO_PS] | "
            + "lots bordereau ID_LOT... [--degrade|--duplicata]";

    static final String HEADER = String.format("%-10s %-3s %-10s %-14s %-34s %8s %12s %10s %10s  %s", "PS", "Lot",
            "Date lot", "Org.Dest.", "État lot", "Factures", "Facturé", "AMO", "AMC", "Libellé ARL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));
    private static final ResourceBundle STATES = ResourceBundle.getBundle("org.openfse.transmission.internal.messages",
            java.util.Locale.ROOT, LotsCommand.class.getClassLoader());

    private final LotService lots;
    private final Store store;

    @Activate
    public LotsCommand(@Reference LotService lots, @Reference Store store) {
        this.lots = lots;
        this.store = store;
    }

    @Override
    public String name() {
        return "lots";
    }

    @Override
    public String summary() {
        return "Lots de télétransmission : lots list [--json] [--ps NUMÉRO_PS], lots make [--ps NUMÉRO_PS], "
                + "lots bordereau ID_LOT... [--degrade|--duplicata]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("make")) {
            return make(args, out, err);
        }
        if (!args.isEmpty() && args.get(0).equals("bordereau")) {
            return bordereau(args, out, err);
        }
        if (args.isEmpty() || !args.get(0).equals("list")) {
            err.println(USAGE);
            return INVALID_INPUT;
        }
        boolean json = false;
        String ps = null;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--ps") && i + 1 < args.size()) {
                ps = args.get(++i);
            } else {
                err.println("Option inconnue : " + a);
                err.println(USAGE);
                return INVALID_INPUT;
            }
        }
        List<LotSummary> list;
        try {
            list = lots.lots(ps == null ? LotQuery.all() : LotQuery.of(ps));
        } catch (LotException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;
        }
        if (json) {
            printJson(list, out);
        } else {
            out.println(HEADER);
            for (LotSummary lot : list) {
                out.println(String.format("%-10s %-3s %-10s %-14s %-34s %8d %12s %10s %10s  %s", lot.psNumber(),
                        lot.numberText(), lot.createdAt() == null ? "" : DAY.format(lot.createdAt()), lot.destination(),
                        label(lot), lot.invoiceCount(), amount(lot.totalFees()), amount(lot.totalAmo()),
                        amount(lot.totalAmc()), lot.lastAckText()).stripTrailing());
            }
        }
        return OK;
    }

    /** Mettre en lot then mettre en fichier, for one practitioner or all. */
    private int make(List<String> args, PrintStream out, PrintStream err) {
        List<String> practitioners;
        if (args.size() == 3 && args.get(1).equals("--ps")) {
            practitioners = List.of(args.get(2));
        } else if (args.size() == 1) {
            practitioners = store.inTransaction(tx -> tx.repository(Practitioner.class)
                    .page(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(Practitioner::getPsNumber).toList());
        } else {
            err.println(USAGE);
            return INVALID_INPUT;
        }
        int made = 0;
        try {
            for (String ps : practitioners) {
                for (LotSummary lot : lots.makeLots("cli", ps)) {
                    LotFile file = lots.makeFile("cli", lot.id());
                    out.println(String.format("lot %s %s %s : %d facture(s), fichier %s", lot.numberText(), lot.psNumber(),
                            lot.destination(), lot.invoiceCount(), file.fileName()));
                    made++;
                }
            }
        } catch (LotException e) {
            err.println(e.getMessage());
            out.println(made + " lot(s) créé(s) avant l'erreur.");
            return FAILED;
        }
        out.println(made + " lot(s) créé(s).");
        return OK;
    }

    /** The bordereau of the given lots, written to the data folder. */
    private int bordereau(List<String> args, PrintStream out, PrintStream err) {
        BordereauKind kind = BordereauKind.TRANSMISSION;
        List<Long> ids = new java.util.ArrayList<>();
        for (String a : args.subList(1, args.size())) {
            if (a.equals("--degrade")) {
                kind = BordereauKind.DEGRADED;
            } else if (a.equals("--duplicata")) {
                kind = BordereauKind.DUPLICATE;
            } else if (a.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(a));
            } else {
                err.println(USAGE);
                return INVALID_INPUT;
            }
        }
        if (ids.isEmpty()) {
            err.println(USAGE);
            return INVALID_INPUT;
        }
        try {
            out.println(lots.writeBordereau(ids, kind));
        } catch (LotException e) {
            err.println(e.getMessage());
            return INVALID_INPUT;
        }
        return OK;
    }

    static String label(LotSummary lot) {
        return STATES.getString("state." + lot.state().name());
    }

    private static void printJson(List<LotSummary> list, PrintStream out) {
        out.println("[");
        for (int i = 0; i < list.size(); i++) {
            LotSummary lot = list.get(i);
            out.print("  {\"id\": " + lot.id()
                    + ", \"ps\": " + Json.string(lot.psNumber())
                    + ", \"lot\": " + Json.string(lot.numberText())
                    + ", \"destination\": " + Json.string(lot.destination())
                    + ", \"flow\": " + Json.string(lot.flow().name())
                    + ", \"secureMode\": " + Json.string(lot.secureMode() == null ? null : lot.secureMode().name())
                    + ", \"state\": " + Json.string(lot.state().name())
                    + ", \"stateLabel\": " + Json.string(label(lot))
                    + ", \"createdAt\": " + Json.string(lot.createdAt() == null ? null : lot.createdAt().toString())
                    + ", \"sentAt\": " + Json.string(lot.sentAt() == null ? null : lot.sentAt().toString())
                    + ", \"attempts\": " + lot.attempts()
                    + ", \"invoices\": " + lot.invoiceCount()
                    + ", \"totalFees\": " + Json.string(lot.totalFees().toBigDecimal().toPlainString())
                    + ", \"totalAmo\": " + Json.string(lot.totalAmo().toBigDecimal().toPlainString())
                    + ", \"totalAmc\": " + Json.string(lot.totalAmc().toBigDecimal().toPlainString())
                    + ", \"file\": " + Json.string(lot.fileName())
                    + ", \"ack\": " + Json.string(lot.lastAckText()) + "}");
            out.println(i + 1 < list.size() ? "," : "");
        }
        out.println("]");
    }

    /** 1234,56 (French decimal comma, no grouping: columns stay aligned and parseable). */
    static String amount(Money money) {
        return money.toBigDecimal().toPlainString().replace('.', ',');
    }
}
