package org.buyonce.asset.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.buyonce.asset.Asset;
import org.buyonce.asset.api.AssetRequest;
import org.buyonce.asset.repository.AssetRepository;
import org.buyonce.events.AssetEventType;
import org.buyonce.events.Topics;
import org.buyonce.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Writing the register, the same way for one asset or an imported file: the entity, its timestamps, its event. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssetRegister {

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
        Asset asset = new Asset();
        asset.id = UUID.randomUUID();
        AssetMapper.apply(request, asset);
        asset.createdAt = Instant.now(clock);
        asset.updatedAt = asset.createdAt;
        assets.persist(asset);
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
        outbox.publish(Topics.ASSET_LIFECYCLE, asset.id.toString(), AssetEventType.CHANGED.cloudEventType(), AssetMapper.toEvent(asset));
    }

    public void delete(Asset asset) {
        assets.delete(asset);
        outbox.publish(Topics.ASSET_LIFECYCLE, asset.id.toString(), AssetEventType.DELETED.cloudEventType(), null);
    }
}
