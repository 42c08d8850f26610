package org.openfse.simulator;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Called by the "Caisse de TEST" after it sent a positive ARL for a lot: the place where NOEMIE
 * returns (payments of the AMO part, scripted rejects) are produced. Register it as an OSGi
 * service, or give it to {@code CaisseDeTest} in plain code; every handler is called, in service
 * ranking order, and each reply is delivered to the professional right after the ARL.
 */
@ConsumerType
@FunctionalInterface
public interface AcceptedLotHandler {

    /**
     * @return the files to send back (often one NOEMIE return), possibly none
     */
    List<ReplyFile> afterPositiveArl(AcceptedLot lot);
}
