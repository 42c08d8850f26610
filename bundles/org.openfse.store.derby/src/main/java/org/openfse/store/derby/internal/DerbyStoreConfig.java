package org.openfse.store.derby.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration of PID {@value DerbyStore#PID}, read by the store and by the data folder
 * health check. Its metatype descriptor is written by hand in
 * {@code OSGI-INF/metatype/org.openfse.store.derby.xml} (tycho-ds-plugin does not generate
 * metatype); {@code MetatypeDescriptorTest} keeps the two in step. {@link StoreOptions} checks
 * the values.
 */
@ObjectClassDefinition(id = DerbyStore.PID, name = "Base de données OpenFSE (Apache Derby)",
        description = "Base Derby embarquée dans le dossier de données d'OpenFSE, ou partagée entre plusieurs postes d'un cabinet.")
public @interface DerbyStoreConfig {

    @AttributeDefinition(name = "Dossier de données",
            description = "Dossier qui contient la base (sous-dossier db) et derby.log. Vide : la propriété "
                    + "openfse.data du framework, sinon ${user.home}/.openfse.",
            required = false)
    String dataFolder() default "";

    @AttributeDefinition(name = "Mode",
            description = "local : la base n'est utilisée que par ce poste. serveur : ce poste garde la base et la "
                    + "partage sur le réseau du cabinet. client : ce poste utilise la base d'un poste serveur.",
            options = {@Option(value = "embedded", label = "Local (un seul poste)"),
                @Option(value = "server", label = "Serveur (ce poste partage sa base)"),
                @Option(value = "client", label = "Client (la base d'un autre poste)")})
    String mode() default "embedded";

    @AttributeDefinition(name = "Poste serveur",
            description = "Mode client : nom ou adresse du poste serveur.", required = false)
    String serverHost() default "";

    @AttributeDefinition(name = "Adresse d'écoute",
            description = "Mode serveur : adresse sur laquelle la base est partagée ; 0.0.0.0 pour toutes les cartes réseau.",
            required = false)
    String listenAddress() default "0.0.0.0";

    @AttributeDefinition(name = "Port", description = "Port réseau de la base partagée (modes serveur et client).",
            min = "1", max = "65535")
    int port() default 1527;

    @AttributeDefinition(name = "Mot de passe réseau",
            description = "Modes serveur et client : mot de passe que les postes clients donnent au poste serveur "
                    + "(le même sur tous les postes).",
            type = AttributeType.PASSWORD, required = false)
    String networkPassword() default "";

    @AttributeDefinition(name = "Chiffrer la base",
            description = "Chiffre les données sur le disque (chiffrement Derby). Une base existante est chiffrée "
                    + "au démarrage suivant. Le mot de passe de démarrage est alors obligatoire.")
    boolean encrypted() default false;

    @AttributeDefinition(name = "Mot de passe de démarrage",
            description = "Base chiffrée : mot de passe sans lequel la base ne s'ouvre pas (8 caractères au moins). "
                    + "Gardez-le en lieu sûr : sans lui, la base et ses sauvegardes sont illisibles.",
            type = AttributeType.PASSWORD, required = false)
    String bootPassword() default "";
}
