package org.openfse.transmission.oct.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One concentrator (OCT, organisme concentrateur technique) the professional sends through:
 * factory PID {@value #FACTORY_PID}, one configuration per concentrator, like the rows of the
 * "Télétransmission" settings table of seed 002 (section XI.A: "Nom du concentrateur",
 * "Télétransmission", "PEC", e.g. AreaSante Oui / Oui, Sicorfe Non / Non) and the default settings
 * listed under it. Read once into {@link ConcentratorSettings}, which checks it. The seed does not
 * show which boxes are ticked by default: the defaults below are the project's choice. Labels are
 * French, in {@code OSGI-INF/l10n/oct.properties}.
 */
@ObjectClassDefinition(id = ConcentratorConfig.FACTORY_PID, factoryPid = ConcentratorConfig.FACTORY_PID,
        name = "%oct.name", description = "%oct.description", localization = "OSGI-INF/l10n/oct")
@interface ConcentratorConfig {

    /** Factory configuration PID of the concentrators. */
    String FACTORY_PID = "org.openfse.transmission.oct";

    /**
     * Stable identifier of the concentrator, also the id of its transport
     * ({@code org.openfse.core.transport.Transport#id()}) and the {@code concentrator} routing
     * names ("Identifiant"). Letters, digits, {@code . _ -}; {@code mail} is reserved for the
     * mail transport.
     */
    @AttributeDefinition(name = "%id.name", description = "%id.description")
    String id();

    /** Name shown to the user ("Nom du concentrateur"), e.g. AreaSante. */
    @AttributeDefinition(name = "%name.name", description = "%name.description")
    String name();

    /** Whether lots are teletransmitted through this concentrator ("Télétransmission", Oui / Non). */
    @AttributeDefinition(name = "%teletransmission.name", description = "%teletransmission.description")
    boolean teletransmission() default true;

    /**
     * Whether the concentrator handles AMC coverage requests ("PEC", prise en charge, Oui / Non;
     * seed 002 "Sélection pour demande PEC").
     */
    @AttributeDefinition(name = "%pec.name", description = "%pec.description")
    boolean pec() default false;

    /** Host of the concentrator's endpoint ("Serveur"); required when teletransmission is on. */
    @AttributeDefinition(name = "%host.name", description = "%host.description", required = false)
    String host() default "";

    /** Port of the endpoint ("Port"). */
    @AttributeDefinition(name = "%port.name", description = "%port.description", min = "1", max = "65535")
    int port() default 443;

    /**
     * Talk to the endpoint over HTTPS ("Connexion sécurisée"); off only for a concentrator on the
     * same machine (the simulator on loopback). Protocol: docs/oct-protocol.md.
     */
    @AttributeDefinition(name = "%secure.name", description = "%secure.description")
    boolean secure() default true;

    /** Account at the concentrator ("Identifiant de connexion"), when it asks for one. */
    @AttributeDefinition(name = "%user.name", description = "%user.description", required = false)
    String user() default "";

    /** Password of that account ("Mot de passe"); never logged nor printed. */
    @AttributeDefinition(name = "%password.name", description = "%password.description", type = AttributeType.PASSWORD,
            required = false)
    String password() default "";

    /**
     * Hold back the teletransmission while a SCOR document is missing on one of the FSE ready to
     * be sent ("Blocage télétransmission des FSE si documents absents").
     */
    @AttributeDefinition(name = "%blockWhileDocumentsMissing.name", description = "%blockWhileDocumentsMissing.description")
    boolean blockWhileDocumentsMissing() default false;

    /**
     * Reconcile (lettrage) automatically when RSP (NOEMIE return) files are integrated, instead of
     * folder by folder ("Lettrage auto. suite à l'intégration des fichiers RSP").
     */
    @AttributeDefinition(name = "%autoLettrageAfterRsp.name", description = "%autoLettrageAfterRsp.description")
    boolean autoLettrageAfterRsp() default false;

    /**
     * Use the B2 norm by default for this concentrator's lots ("Norme B2 par défaut"); the seed
     * names the setting without describing it further.
     */
    @AttributeDefinition(name = "%defaultNormB2.name", description = "%defaultNormB2.description")
    boolean defaultNormB2() default true;

    /**
     * Fetch the RSP (NOEMIE returns) automatically after each teletransmission; otherwise the user
     * fetches them from the billing follow-up ("Intégrer les fichiers RSP après télétransmission").
     */
    @AttributeDefinition(name = "%integrateRspAfterTransmission.name",
            description = "%integrateRspAfterTransmission.description")
    boolean integrateRspAfterTransmission() default true;

    /**
     * Check that the patient's régime accepts teletransmission before sending
     * ("Contrôle télétransmission active du régime").
     */
    @AttributeDefinition(name = "%checkRegimeAcceptsTeletransmission.name",
            description = "%checkRegimeAcceptsTeletransmission.description")
    boolean checkRegimeAcceptsTeletransmission() default true;

    /**
     * Ask the CPAM to forward the claim to the mutuelle ("Demande à la CPAM de transmettre à la
     * mutuelle (top M)").
     */
    @AttributeDefinition(name = "%topM.name", description = "%topM.description")
    boolean topM() default false;
}
