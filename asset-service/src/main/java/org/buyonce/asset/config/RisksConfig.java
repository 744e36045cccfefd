package org.buyonce.asset.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

@ConfigMapping(prefix = "buyonce.risks")
public interface RisksConfig {

    /** How soon a supporting contract must end to put its asset on the register, when a request does not say. */
    @WithDefault("P180D")
    Period window();
}
