package org.buyonce.commons.rest;

/** How the parameters every service shares are described in its API document. */
public final class ApiParameters {

    public static final String COUNCIL = "A council of the partnership, by code, e.g. SCDC (GET /councils)";
    public static final String COUNCIL_PATTERN = "^[A-Z][A-Z0-9]{1,15}$";
    public static final String CAPABILITY = "A capability code, e.g. telephony (GET /capabilities)";
    public static final String CAPABILITY_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final String IF_MATCH = "The ETag you read, quoted, e.g. \"3\": a change to a version that is no longer current is refused";
    public static final String PERIOD_PATTERN = "^P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$";

    private ApiParameters() {
    }
}
