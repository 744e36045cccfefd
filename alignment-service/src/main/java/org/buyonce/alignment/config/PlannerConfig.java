package org.buyonce.alignment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The default planning policy; each request may override it. */
@ConfigMapping(prefix = "buyonce.planner")
public interface PlannerConfig {

    @WithDefault("9")
    int leadTimeMonths();

    @WithDefault("12")
    int maxBridgeMonths();
}
