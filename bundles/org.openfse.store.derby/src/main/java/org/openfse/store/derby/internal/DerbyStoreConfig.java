package org.openfse.store.derby.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of PID {@value DerbyStore#PID}, read by the store and by the data folder
 * health check. Its metatype descriptor is written by hand in
 * {@code OSGI-INF/metatype/org.openfse.store.derby.xml} (tycho-ds-plugin does not generate
 * metatype); {@code MetatypeDescriptorTest} keeps the two in step.
 */
@ObjectClassDefinition(id = DerbyStore.PID, name = "Base de données OpenFSE (Apache Derby)",
        description = "Base Derby embarquée dans le dossier de données d'OpenFSE.")
public @interface DerbyStoreConfig {

    @AttributeDefinition(name = "Dossier de données",
            description = "Dossier qui contient la base (sous-dossier db) et derby.log. Vide : la propriété "
                    + "openfse.data du framework, sinon ${user.home}/.openfse.",
            required = false)
    String dataFolder() default "";
}
