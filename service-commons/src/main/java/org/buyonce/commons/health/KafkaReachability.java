package org.buyonce.commons.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.buyonce.commons.Failures.rootMessage;

/**
 * Whether the broker answers, asked in the background (a probe must answer at once, and a broker that is away makes
 * a Kafka call wait for its timeout). The health checks and the {@code buyonce.kafka.reachable} gauge read the result.
 */
@ApplicationScoped
public class KafkaReachability {

    /** The outcome of the latest check. */
    public record State(boolean reachable, boolean reachedSinceStart, Instant checkedAt, String error) {
    }

    private final String bootstrapServers;
    private final Duration interval;
    private volatile State state = new State(false, false, null, "not checked yet");
    private ScheduledExecutorService executor;
    private Admin admin;

    public KafkaReachability(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            @ConfigProperty(name = "buyonce.health.kafka-interval", defaultValue = "PT5S") Duration interval,
            MeterRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.interval = interval;
        Gauge.builder("buyonce.kafka.reachable", this, k -> k.state.reachable() ? 1 : 0)
                .description("1 while the broker answers this service, 0 while it does not").register(registry);
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kafka-reachability");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }

    public State state() {
        return state;
    }

    private void check() {
        try {
            int timeout = (int) interval.toMillis();
            admin().describeCluster(new DescribeClusterOptions().timeoutMs(timeout)).clusterId().get(timeout, TimeUnit.MILLISECONDS);
            state = new State(true, true, Instant.now(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            state = new State(false, state.reachedSinceStart(), Instant.now(), rootMessage(e));
        }
    }

    private Admin admin() {
        if (admin == null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "health");
            properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) interval.toMillis());
            properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) interval.toMillis());
            admin = Admin.create(properties);
        }
        return admin;
    }
}
