package org.openfse.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openfse.core.card.CardReaderService;
import org.openfse.core.command.CliCommand;
import org.openfse.core.health.HealthCheck;
import org.openfse.core.health.HealthResult;
import org.openfse.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code doctor}: one line per check, {@code OK} or {@code ERREUR}, then exit code 0 when all are
 * fine and 1 otherwise. Java is checked here; the data folder, database and card readers are
 * checked by the {@link HealthCheck} services of their bundles. A missing store or card driver
 * is itself an error.
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=doctor")
public final class DoctorCommand implements CliCommand {

    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
    private final List<Store> stores = new CopyOnWriteArrayList<>();
    private final List<CardReaderService> drivers = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addStore(Store store) {
        stores.add(store);
    }

    void removeStore(Store store) {
        stores.remove(store);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addDriver(CardReaderService driver) {
        drivers.add(driver);
    }

    void removeDriver(CardReaderService driver) {
        drivers.remove(driver);
    }

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String summary() {
        return CliMessages.get("doctor.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<HealthResult> results = results(JavaCheck.current(), checks, !stores.isEmpty(), !drivers.isEmpty());
        for (HealthResult result : results) {
            out.println(line(result));
        }
        return results.stream().allMatch(HealthResult::ok) ? OK : FAILED;
    }

    static List<HealthResult> results(HealthResult java, List<HealthCheck> checks, boolean storePresent, boolean driverPresent) {
        List<HealthResult> results = new ArrayList<>();
        results.add(java);
        List<HealthCheck> ordered = new ArrayList<>(checks);
        ordered.sort(Comparator.comparingInt(HealthCheck::order));
        for (HealthCheck check : ordered) {
            results.add(runSafely(check));
        }
        if (!storePresent) {
            results.add(new HealthResult(CliMessages.get("doctor.store"), false, CliMessages.get("doctor.store.missing")));
        }
        if (!driverPresent) {
            results.add(new HealthResult(CliMessages.get("doctor.cards"), false, CliMessages.get("doctor.cards.missing")));
        }
        return results;
    }

    private static HealthResult runSafely(HealthCheck check) {
        try {
            return check.run();
        } catch (RuntimeException e) {
            return new HealthResult(check.getClass().getSimpleName(), false, CliMessages.get("doctor.check.crashed", String.valueOf(e.getMessage())));
        }
    }

    /** {@code OK      Subject : detail} or {@code ERREUR  Subject : detail}. */
    static String line(HealthResult result) {
        String status = CliMessages.get(result.ok() ? "doctor.ok" : "doctor.failed");
        return String.format("%-7s %s : %s", status, result.subject(), result.detail());
    }
}
