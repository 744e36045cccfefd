package org.buyonce.alignment.projection;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.buyonce.alignment.repository.ProjectionRepository;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;

/** Keeps {@link AssetProjection} in step with asset-lifecycle; every change is filed under the capabilities it touched. */
@Singleton
public class AssetLifecycleProjector extends VersionedProjection<AssetLifecycleState, AssetProjection> {

    private final ProjectionRepository projections;
    private final Clock clock;

    public AssetLifecycleProjector(EntityManager entityManager, ProjectionRepository projections, Clock clock) {
        super(Topics.ASSET_LIFECYCLE, AssetLifecycleState.class, AssetProjection.class, AssetProjection::new, entityManager);
        this.projections = projections;
        this.clock = clock;
    }

    @Override
    protected long versionOf(AssetProjection projection) {
        return projection.version;
    }

    @Override
    protected void apply(AssetLifecycleState state, AssetProjection projection) {
        projection.capabilityBefore = projection.capability;
        projection.id = state.id();
        projection.version = state.version();
        projection.capability = state.capability();
        projection.endOfSupport = state.endOfSupport();
        projection.status = state.status();
        projection.updatedAt = Instant.now(clock);
    }

    @Override
    protected void changed(AssetProjection projection) {
        projections.changed(projection.capability, projection.capabilityBefore);
    }

    @Override
    protected void removed(AssetProjection projection) {
        projections.changed(projection.capability);
    }
}
