package org.buyonce.alignment.projection;

/**
 * A contract's event has just been applied to its row (or removed it, for a tombstone); observed synchronously, in the
 * same transaction, by what must change with it.
 */
public record ContractProjected(ContractProjection contract, boolean removed) {
}
