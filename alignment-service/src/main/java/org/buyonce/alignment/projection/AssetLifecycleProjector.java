package org.buyonce.alignment.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.VersionedProjection;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps {@link AssetProjection} in step with asset-lifecycle. */
@Singleton
public class AssetLifecycleProjector extends VersionedProjection<AssetLifecycleState> {

    private final ProjectionRepository projections;
    private final Clock clock;

    public AssetLifecycleProjector(ProjectionRepository projections, Clock clock) {
        super(AssetLifecycleState.class);
        this.projections = projections;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup, ProjectionConsumers consumers) {
        consumers.start(Topics.ASSET_LIFECYCLE, this);
    }

    @Override
    protected Long keptVersion(UUID id) {
        AssetProjection kept = projections.asset(id);
        return kept == null ? null : kept.version;
    }

    @Override
    protected void store(AssetLifecycleState state, boolean isNew) {
        AssetProjection projection = isNew ? new AssetProjection() : projections.asset(state.id());
        projection.id = state.id();
        projection.version = state.version();
        projection.capability = state.capability();
        projection.endOfSupport = state.endOfSupport();
        projection.status = state.status();
        projection.updatedAt = Instant.now(clock);
        if (isNew) {
            projections.save(projection);
        }
        projections.bumpRevision();
    }

    @Override
    protected void remove(UUID id) {
        AssetProjection kept = projections.asset(id);
        if (kept != null) {
            projections.remove(kept);
            projections.bumpRevision();
        }
    }
}
