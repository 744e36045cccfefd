package org.buyonce.asset.repository;

import org.buyonce.asset.Asset;
import org.buyonce.asset.projection.SupportingContract;

/** An asset that may carry a risk, with its supporting contract as last published (null if none or not known). */
public record RiskCandidate(Asset asset, SupportingContract contract) {
}
