package org.openfse.transmission.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * Configuration PID {@value LotServiceImpl#PID}: the resend rules and warnings of
 * {@link org.openfse.core.lot.LotService}.
 *
 * <p>Written by hand in {@code OSGI-INF/metatype/org.openfse.lots.xml} as well (the build does not
 * generate metatype); {@code LotsMetatypeTest} checks that both agree.
 */
@ObjectClassDefinition(id = LotServiceImpl.PID, name = "%lots.name", description = "%lots.description",
        localization = "OSGI-INF/l10n/metatype")
@interface LotsConfig {

    /** Hours after sending without ARL before the lot moves to "Absence ARL". */
    @AttributeDefinition(name = "%ackDelayHours.name", description = "%ackDelayHours.description", min = "1")
    int ackDelayHours() default 48;

    /** What happens to a lot without ARL: RESEND (listed again for sending) or MANUAL (the user decides). */
    @AttributeDefinition(name = "%noAckAction.name", description = "%noAckAction.description",
            options = {@Option(value = "RESEND", label = "%noAckAction.resend"),
                @Option(value = "MANUAL", label = "%noAckAction.manual")})
    String noAckAction() default "RESEND";

    /** Attempts after which a lot is no longer sent again automatically. */
    @AttributeDefinition(name = "%maxAttempts.name", description = "%maxAttempts.description", min = "1")
    int maxAttempts() default 3;

    /** Working days before a transmission deadline when the warning starts. */
    @AttributeDefinition(name = "%warningMarginDays.name", description = "%warningMarginDays.description", min = "0")
    int warningMarginDays() default 1;

    /**
     * B2 type 6 position 55, marking of the lot's invoices: R real, T test, D demonstration. T by
     * default: OpenFSE has no CNDA approval, its files are test files until it has one.
     */
    @AttributeDefinition(name = "%lotMarking.name", description = "%lotMarking.description",
            options = {@Option(value = "R", label = "%lotMarking.real"), @Option(value = "T", label = "%lotMarking.test"),
                @Option(value = "D", label = "%lotMarking.demo")})
    String lotMarking() default "T";
}
