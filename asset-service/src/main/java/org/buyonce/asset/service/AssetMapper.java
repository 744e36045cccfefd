package org.buyonce.asset.service;

import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.api.AssetResponse;
import org.buyonce.asset.api.SupportingContractResponse;
import org.buyonce.asset.projection.SupportingContract;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.AssetStatus;

/** Every translation of an asset: request to entity, entity to response, entity to event data. */
public final class AssetMapper {

    private AssetMapper() {
    }

    /** Copies what a client may write; id, version and audit fields stay the service's. */
    static void apply(AssetRequest request, Asset asset) {
        asset.tag = request.tag().trim();
        asset.name = request.name().trim();
        asset.type = request.type();
        asset.capability = blankToNull(request.capability());
        asset.councils = request.councils().stream().map(String::trim).toList();
        asset.site = blankToNull(request.site());
        asset.responsibleParty = blankToNull(request.responsibleParty());
        asset.criticality = request.criticality();
        asset.monitored = Boolean.TRUE.equals(request.monitored());
        asset.purchaseDate = request.purchaseDate();
        asset.warrantyEnd = request.warrantyEnd();
        asset.endOfSupport = request.endOfSupport();
        asset.status = request.status() == null ? AssetStatus.IN_USE : request.status();
        asset.supportingContractId = request.supportingContractId();
    }

    /** Whether applying the request would change anything the asset says (its event carries all of it). */
    static boolean wouldChange(AssetRequest request, Asset asset) {
        Asset after = new Asset();
        after.id = asset.id;
        after.version = asset.version;
        apply(request, after);
        return !toEvent(after).equals(toEvent(asset));
    }

    public static AssetResponse toResponse(Asset a, SupportingContract contract) {
        SupportingContractResponse view = contract == null ? null
                : new SupportingContractResponse(contract.id, contract.council, contract.reference, contract.title,
                        contract.endDate, contract.status);
        return new AssetResponse(a.id, a.version, a.tag, a.name, a.type, a.capability, a.councils, a.site, a.responsibleParty,
                a.criticality, a.monitored, a.purchaseDate, a.warrantyEnd, a.endOfSupport, a.status, a.supportingContractId,
                view, a.createdAt, a.updatedAt);
    }

    static AssetLifecycleState toEvent(Asset a) {
        return new AssetLifecycleState(a.id, a.version, a.tag, a.name, a.type, a.capability, a.councils, a.site,
                a.responsibleParty, a.criticality, a.monitored, a.purchaseDate, a.warrantyEnd, a.endOfSupport,
                a.status, a.supportingContractId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
