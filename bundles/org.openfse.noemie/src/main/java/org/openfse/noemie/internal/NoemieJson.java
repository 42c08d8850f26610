package org.openfse.noemie.internal;

import java.util.ArrayList;
import java.util.List;
import org.openfse.core.Money;
import org.openfse.core.returns.FinancialMovement;
import org.openfse.core.returns.InvoiceSettlement;
import org.openfse.core.returns.OneOffPayment;
import org.openfse.core.returns.ParsedReturn;
import org.openfse.core.returns.PartSettlement;
import org.openfse.core.returns.PartState;
import org.openfse.core.returns.PaymentGroup;
import org.openfse.core.returns.RecordError;
import org.openfse.core.returns.RejectReason;

/**
 * The JSON of {@code cli noemie} (issue 9, a public contract, docs/cli.md), on one line:
 *
 * <pre>
 * {"payments":[{"date":"YYYY-MM-DD","amount":"0.00","payer":"…","labels":["…"],
 *    "invoices":[{"invoice":"…","lot":"…","paid":"0.00","part":"AMO|AMC"}]}],
 *  "rejects":[{"invoice":"…","lot":"…","code":"…","label":"…"}],
 *  "errors":[{"record":N,"reason":"…"}],
 *  "totals":{"payments":N,"amount":"0.00","invoices":N,"paid":"0.00","rejects":N,"notices":N,
 *            "retenues":"0.00","oneOffs":"0.00","errors":N}}
 * </pre>
 *
 * <p>A payment is a payment group (070 / 071); its amount is the transfer amount (the 990 that
 * closed it, else the sum read). Its invoices are the parts paid ({@code P}), one entry per part.
 * A reject is a rejected part ({@code R}) with each of its 290 / 294 codes (one entry with empty
 * code and label when none came); 290 / 294 on an invoice with no rejected part are notices,
 * counted in the totals. Dates ISO, amounts strings with two decimals, a missing date
 * {@code null}.
 */
final class NoemieJson {

    private NoemieJson() {
    }

    static String of(ParsedReturn parsed) {
        StringBuilder out = new StringBuilder(256);
        List<String> rejects = new ArrayList<>();
        long amount = 0;
        long paid = 0;
        long retenues = 0;
        long oneOffs = 0;
        int invoices = 0;
        int notices = 0;
        out.append("{\"payments\":[");
        boolean firstPayment = true;
        for (PaymentGroup group : parsed.payments()) {
            out.append(firstPayment ? "" : ",");
            firstPayment = false;
            amount += group.amount().cents();
            out.append("{\"date\":").append(group.date() == null ? "null" : Json.string(group.date().toString()))
                    .append(",\"amount\":").append(money(group.amount()))
                    .append(",\"payer\":").append(Json.string(group.payer()))
                    .append(",\"labels\":[");
            for (int i = 0; i < group.labels().size(); i++) {
                out.append(i == 0 ? "" : ",").append(Json.string(group.labels().get(i)));
            }
            out.append("],\"invoices\":[");
            boolean firstLine = true;
            for (InvoiceSettlement invoice : group.invoices()) {
                invoices++;
                for (PartSettlement part : invoice.parts()) {
                    if (part.state() != PartState.PAID) {
                        continue;
                    }
                    paid += part.paid().cents();
                    out.append(firstLine ? "" : ",");
                    firstLine = false;
                    out.append("{\"invoice\":").append(Json.string(invoice.invoiceNumber()))
                            .append(",\"lot\":").append(Json.string(invoice.lotNumber()))
                            .append(",\"paid\":").append(money(part.paid()))
                            .append(",\"part\":").append(Json.string(part.part().name())).append('}');
                }
                if (invoice.rejected()) {
                    List<RejectReason> codes = invoice.rejectCodes();
                    if (codes.isEmpty()) {
                        rejects.add(reject(invoice, "", ""));
                    }
                    for (RejectReason reason : codes) {
                        rejects.add(reject(invoice, reason.code(), reason.label()));
                    }
                } else {
                    notices += invoice.rejectCodes().size();
                }
            }
            out.append("]}");
            for (FinancialMovement movement : group.movements()) {
                retenues += movement.amount().cents();
            }
            for (OneOffPayment oneOff : group.oneOffs()) {
                if (!oneOff.code().isEmpty()) {
                    oneOffs += oneOff.amount().cents();
                }
            }
        }
        out.append("],\"rejects\":[").append(String.join(",", rejects)).append("],\"errors\":[");
        List<RecordError> errors = parsed.summary().errors();
        for (int i = 0; i < errors.size(); i++) {
            RecordError error = errors.get(i);
            out.append(i == 0 ? "" : ",").append("{\"record\":").append(error.record())
                    .append(",\"reason\":").append(Json.string(error.reason())).append('}');
        }
        out.append("],\"totals\":{\"payments\":").append(parsed.payments().size())
                .append(",\"amount\":").append(money(Money.ofCents(amount)))
                .append(",\"invoices\":").append(invoices)
                .append(",\"paid\":").append(money(Money.ofCents(paid)))
                .append(",\"rejects\":").append(rejects.size())
                .append(",\"notices\":").append(notices)
                .append(",\"retenues\":").append(money(Money.ofCents(retenues)))
                .append(",\"oneOffs\":").append(money(Money.ofCents(oneOffs)))
                .append(",\"errors\":").append(errors.size())
                .append("}}");
        return out.toString();
    }

    private static String reject(InvoiceSettlement invoice, String code, String label) {
        return "{\"invoice\":" + Json.string(invoice.invoiceNumber()) + ",\"lot\":" + Json.string(invoice.lotNumber())
                + ",\"code\":" + Json.string(code) + ",\"label\":" + Json.string(label) + "}";
    }

    private static String money(Money money) {
        return Json.string(money.toString());
    }
}
