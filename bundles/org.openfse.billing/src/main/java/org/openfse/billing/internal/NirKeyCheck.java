package org.openfse.billing.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.openfse.core.Nir;
import org.openfse.core.billing.CheckResult;
import org.openfse.core.billing.CheckResult.Severity;
import org.openfse.core.billing.InvoiceCheck;
import org.openfse.core.billing.InvoiceDraft;
import org.osgi.service.component.annotations.Component;

/**
 * The NIR of the invoice (the beneficiary's, or the insured person's) must be well formed and its key
 * must be {@code 97 - (NIR mod 97)}, Corsica's 2A/2B counted as 19/18 (DOMAIN.md "Actors and
 * flows"). A wrong key blocks securing: the caisse would reject the FSE. Drafts without a NIR as
 * entered (not saved) are checked on the card's NIR, which is always valid, so nothing is found.
 */
@Component(service = InvoiceCheck.class)
public final class NirKeyCheck implements InvoiceCheck {

    static final String ID = "nir-key";

    private static final Pattern BODY = Pattern.compile("[12378]\\d{4}(\\d{2}|2[AB])\\d{6}");

    private final Messages messages = Messages.load();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String specialty() {
        return ALL;
    }

    @Override
    public List<CheckResult> check(InvoiceDraft draft) {
        if (draft.nirAsEntered().isEmpty()) {
            if (draft.invoiceId().isPresent() && draft.beneficiary().nir().isEmpty()) {
                return List.of(result("nir.missing", List.of()));
            }
            return List.of();
        }
        String compact = draft.nirAsEntered().get().replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 15 || !BODY.matcher(compact.substring(0, 13)).matches()
                || !compact.substring(13).chars().allMatch(Character::isDigit)) {
            return List.of(result("nir.format", List.of(compact)));
        }
        String body = compact.substring(0, 13);
        int expected = Nir.keyOf(body);
        String key = compact.substring(13);
        if (Integer.parseInt(key) != expected) {
            return List.of(result("nir.key", List.of(body, key, String.format("%02d", expected))));
        }
        return List.of();
    }

    private CheckResult result(String key, List<String> arguments) {
        return new CheckResult(ID, Severity.BLOCKING, key, arguments, messages.format(key, arguments.toArray()));
    }
}
