package org.openfse.core.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One state change recorded by the store, in the same transaction as the change.
 *
 * @param id order of recording
 * @param occurredAt when
 * @param actor who ({@link Transaction#actor()})
 * @param entity the aggregate type's simple name ({@code Patient}, {@code Invoice}) or
 *        {@code Setting}
 * @param entityId the aggregate id, or the setting name
 * @param action {@link #INSERT}, {@link #UPDATE}, {@link #DELETE}, or another verb written by a
 *        service ({@code RESTORE}...)
 * @param before the state before the change (JSON), empty for an insert
 * @param after the state after the change (JSON), empty for a delete
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String entity, String entityId, String action,
        Optional<String> before, Optional<String> after) {

    public static final String INSERT = "INSERT";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    public AuditRecord {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
