package org.buyonce.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Data of an {@code asset-lifecycle} event: the asset's full state after a change.
 * Field names are those of the Asset resource; consumers ignore fields they do not know.
 */
public record AssetLifecycleState(
        UUID id,
        long version,
        String tag,
        String name,
        AssetType type,
        String capability,
        List<String> councils,
        String site,
        String responsibleParty,
        Criticality criticality,
        boolean monitored,
        LocalDate purchaseDate,
        LocalDate warrantyEnd,
        LocalDate endOfSupport,
        AssetStatus status,
        UUID supportingContractId) implements AggregateState {

    public AssetLifecycleState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(status, "status");
        councils = councils == null ? List.of() : List.copyOf(councils);
    }
}
