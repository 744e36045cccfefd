package org.buyonce.alignment.projection;

/** A change to the projections, filed under its revision; observed once the change's transaction has committed. */
public record ProjectionChanged(long revision) {
}
