package org.buyonce.alignment;

import java.time.Instant;

/**
 * A council's decision on a plan (an approval or a withdrawal): which council, who recorded it and when, and the
 * committee's reference for it (a minute number), as each partner decides for itself.
 */
public record CouncilDecision(String council, String decidedBy, Instant decidedAt, String decisionReference, String note) {
}
