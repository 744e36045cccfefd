package org.buyonce.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.commons.jdbc.BulkCopy;
import org.buyonce.events.AssetEventType;
import org.buyonce.events.Topics;
import org.buyonce.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writing the register, the same way for one asset or an imported file: the entity, its timestamps, its event. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssetRegister {

    /** The version Hibernate gives an entity it inserts; the bulk path gives the same. */
    private static final long FIRST_VERSION = 0;

    private final AssetRepository assets;
    private final Outbox outbox;
    private final Clock clock;

    public AssetRegister(AssetRepository assets, Outbox outbox, Clock clock) {
        this.assets = assets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new asset from a valid request, persisted (its event follows once it is flushed). */
    public Asset newAsset(AssetRequest request) {
        Asset asset = unsaved(request);
        assets.persist(asset);
        return asset;
    }

    /** New assets from valid requests, written with their events through a bulk copy: the import's path. */
    public void newAssets(List<AssetRequest> requests, BulkCopy bulk) {
        if (requests.isEmpty()) {
            return;
        }
        List<Asset> created = requests.stream().map(this::unsaved).toList();
        created.forEach(asset -> asset.version = FIRST_VERSION);
        assets.insertAll(created, bulk);
        outbox.publishAll(created.stream().map(AssetRegister::changed).toList(), bulk);
    }

    private Asset unsaved(AssetRequest request) {
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        AssetMapper.apply(request, asset);
        asset.createdAt = Instant.now(clock);
        asset.updatedAt = asset.createdAt;
        return asset;
    }

    /** Applies a valid request; returns false, and touches nothing, when the asset already says all of it. */
    public boolean change(Asset asset, AssetRequest request) {
        if (!AssetMapper.wouldChange(request, asset)) {
            return false;
        }
        AssetMapper.apply(request, asset);
        asset.updatedAt = Instant.now(clock);
        return true;
    }

    /** Writes the asset's event; it must be flushed first, so that the event carries this change's version. */
    public void publish(Asset asset) {
        Outbox.Pending event = changed(asset);
        outbox.publish(event.topic(), event.key(), event.type(), event.data());
    }

    private static Outbox.Pending changed(Asset asset) {
        return new Outbox.Pending(Topics.ASSET_LIFECYCLE, asset.id.toString(), AssetEventType.CHANGED.cloudEventType(),
                AssetMapper.toEvent(asset));
    }

    public void delete(Asset asset) {
        assets.delete(asset);
        outbox.publish(Topics.ASSET_LIFECYCLE, asset.id.toString(), AssetEventType.DELETED.cloudEventType(), null);
    }
}
