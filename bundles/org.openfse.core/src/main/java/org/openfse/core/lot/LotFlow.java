package org.openfse.core.lot;

/** What a lot carries, one kind per lot. */
public enum LotFlow {
    /** FSE to the AMO organisme (invoice flows FSE_RO, FSE_RO_RC and the FSE of FSE_AND_DRE). */
    FSE,
    /** DRE to the AMC (invoice flow DRE_ONLY). */
    DRE
}
