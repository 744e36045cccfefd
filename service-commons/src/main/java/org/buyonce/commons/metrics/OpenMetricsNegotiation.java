package org.buyonce.commons.metrics;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Locale;

/**
 * Answers {@code Accept: application/openmetrics-text} on /q/metrics. Quarkus' scrape route declares the OpenMetrics
 * type with its parameters ({@code version=1.0.0; charset=utf-8}) and Vert.x then refuses a bare
 * {@code application/openmetrics-text} with 406. Prometheus itself sends the parameters; other scrapers do not.
 */
@ApplicationScoped
public class OpenMetricsNegotiation {

    static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    public OpenMetricsNegotiation(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    void route(@Observes Router router) {
        router.get("/q/metrics").order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !wantsOpenMetrics(accept)) {
            context.next();
            return;
        }
        context.vertx().executeBlocking(() -> registry.scrape(OPENMETRICS), false).onComplete(scraped -> {
            if (scraped.succeeded()) {
                context.response().putHeader(HttpHeaders.CONTENT_TYPE, OPENMETRICS).end(scraped.result());
            } else {
                context.fail(scraped.cause());
            }
        });
    }

    /** The client prefers OpenMetrics: it names it before (or without) the Prometheus text format. */
    static boolean wantsOpenMetrics(String accept) {
        String value = accept.toLowerCase(Locale.ROOT);
        int openMetrics = value.indexOf("application/openmetrics-text");
        int text = value.indexOf("text/plain");
        return openMetrics >= 0 && (text < 0 || openMetrics < text);
    }
}
