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

/** {@code backup DOSSIER}: an online backup of the whole database into {@code DOSSIER/db}. */
@Component(service = CliCommand.class, property = CliCommand.NAME_PROPERTY + "=backup")
public final class BackupCommand extends StoreCommand {

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
        return "backup";
    }

    @Override
    public String summary() {
        return Texts.get("backup.summary");
    }

    @Override
    int run(Store store, List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(Texts.get("backup.usage"));
            return INVALID_INPUT;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath().normalize();
        if (Files.exists(folder.resolve("db"))) {
            err.println(Texts.get("backup.exists", folder.resolve("db")));
            return INVALID_INPUT;
        }
        Path copy = store.backup(folder);
        out.println(Texts.get("backup.done", copy));
        return OK;
    }
}
