package org.openfse.store.derby.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openfse.core.command.CliCommand;
import org.openfse.core.store.Store;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code restore DOSSIER}: replaces the database by a backup made by {@code backup}. The
 * replaced database is kept next to the new one ({@code db.before-restore-<time>}).
 */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=restore")
public final class RestoreCommand extends StoreCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStore(Store store) {
        setStore(store);
    }

    void unbindStore(Store store) {
        unsetStore(store);
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return Texts.get("restore.summary");
    }

    @Override
    int run(Store store, List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(Texts.get("restore.usage"));
            return INVALID_INPUT;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve("service.properties")) && !Files.isRegularFile(folder.resolve("db/service.properties"))) {
            err.println(Texts.get("restore.notABackup", folder));
            return INVALID_INPUT;
        }
        store.restore(folder);
        out.println(Texts.get("restore.done", folder));
        return OK;
    }
}
