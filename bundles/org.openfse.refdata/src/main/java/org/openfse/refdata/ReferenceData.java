package org.openfse.refdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Versioned reference tables (nomenclatures) looked up at a date.
 *
 * <p>Each table has one or more {@link TableVersion versions}; on a day D the version in force is
 * the one with the latest effective date not after D. Inside it, a row is in force on D unless the
 * table carries dates for its rows that exclude D (an end of validity in NT_LPP, a "fermé le ..."
 * remark in IR_NAT_V, a start date in IR_LPP_V). Codes are compared as text, exactly: leading zeros
 * and spaces matter ({@code "068"}, {@code "AMI F"}).
 *
 * <p>Table names are the file names without extension ({@code IR_NAT_V}, {@code NT_LPP}...); an
 * unknown table name is a programming error ({@link IllegalArgumentException}). Reading a table the
 * first time loads it; a table that cannot be read is an {@link IllegalStateException} naming the file.
 */
@ProviderType
public interface ReferenceData {

    /** Every table version this service knows, by table name then effective date. */
    List<TableVersion> versions();

    /** The version of {@code table} in force on {@code day}, if any. */
    Optional<TableVersion> versionAt(String table, LocalDate day);

    /**
     * The row of {@code table} whose key column equals {@code code}, in the version in force on
     * {@code day}, when the row itself is in force that day. When the table holds several rows for
     * the key (dated rows, as tariffs), the one in force that day.
     */
    Optional<ReferenceRow> lookup(String table, String code, LocalDate day);

    /**
     * The rows of {@code table} in force on {@code day} whose {@code column} equals {@code value},
     * in file order. For example the IR_NAT_V rows whose B2 code ({@code PRS_NAT_CB2}) is
     * {@code V01}: the B2 code is not a unique key.
     *
     * @throws IllegalArgumentException if the table has no such column
     */
    List<ReferenceRow> find(String table, String column, String value, LocalDate day);

    /**
     * An organisme of IR_ORG_V ({@code 01C751809}) with its labels: the caisse label from IR_CAI_V
     * (joined on {@code ORG_BSE_NUM}, never on a prefix of the number), the régime label from IR_GRG_V
     * and the kind of organisme from IR_TYO_V.
     */
    Optional<Organisme> organisme(String number, LocalDate day);

    /**
     * Every organisme of IR_ORG_V in force on {@code day}, in file order, without the technical rows
     * ({@code TEC_COL} 1 or 2), with their labels as in {@link #organisme(String, LocalDate)}.
     */
    List<Organisme> organismes(LocalDate day);
}
