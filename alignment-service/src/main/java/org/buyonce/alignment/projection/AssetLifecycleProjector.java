package org.buyonce.alignment.projection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.buyonce.consumer.ProjectionConsumers;
import org.buyonce.consumer.RecordHandler;
import org.buyonce.events.AssetLifecycleState;
import org.buyonce.events.EventJson;
import org.buyonce.events.Topics;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Keeps {@link AssetProjection} in step with asset-lifecycle: newer versions replace, tombstones remove. */
@ApplicationScoped
public class AssetLifecycleProjector implements RecordHandler {

    private final ProjectionRepository projections;
    private final Clock clock;

    public AssetLifecycleProjector(ProjectionRepository projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup, ProjectionConsumers consumers) {
        consumers.start(Topics.ASSET_LIFECYCLE, this);
    }

    @Override
    public void handle(ConsumerRecord<String, byte[]> record) {
        UUID id = RecordKeys.uuid(record);
        AssetProjection current = projections.asset(id);
        if (record.value() == null) {
            if (current != null) {
                projections.remove(current);
                projections.bumpRevision();
            }
            return;
        }
        AssetLifecycleState state = EventJson.read(record.value(), AssetLifecycleState.class);
        RecordKeys.requireSame(id, state.id());
        if (current != null && state.version() <= current.version) {
            return;
        }
        AssetProjection projection = current != null ? current : new AssetProjection();
        projection.id = state.id();
        projection.version = state.version();
        projection.capability = state.capability();
        projection.endOfSupport = state.endOfSupport();
        projection.status = state.status();
        projection.updatedAt = Instant.now(clock);
        if (current == null) {
            projections.save(projection);
        }
        projections.bumpRevision();
    }
}
