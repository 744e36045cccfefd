package org.buyonce.asset.repository;

import org.buyonce.events.AssetStatus;
import org.buyonce.events.AssetType;
import org.buyonce.events.Criticality;

import java.time.LocalDate;

/** What a list of assets may be narrowed by; null means "any". */
public record AssetFilter(
        String council,
        String capability,
        AssetType type,
        AssetStatus status,
        Criticality criticality,
        String responsibleParty,
        String site,
        LocalDate endOfSupportBefore) {

    public static final AssetFilter ALL = new AssetFilter(null, null, null, null, null, null, null, null);
}
