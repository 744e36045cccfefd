package org.buyonce.asset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.buyonce.testing.SettableClock;

/** Replaces the application's clock in every test of this service; tests that pin a date reset it afterwards. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends SettableClock {
}
