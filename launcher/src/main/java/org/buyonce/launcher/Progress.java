package org.buyonce.launcher;

import java.time.Duration;
import java.time.Instant;

/** One line per step of the launcher, with the seconds since it started, so that a person sees it move. */
final class Progress {

    private static final Instant STARTED = Instant.now();

    private Progress() {
    }

    static void say(String step) {
        System.out.printf("BuyOnce [%3d s] %s%n", Duration.between(STARTED, Instant.now()).toSeconds(), step);
    }
}
