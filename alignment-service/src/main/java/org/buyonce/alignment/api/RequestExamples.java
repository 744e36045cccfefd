package org.buyonce.alignment.api;

/**
 * The request examples of the API description: each is valid as it stands, and a test sends each one from the live
 * document and expects the documented success.
 */
public final class RequestExamples {

    public static final String PLAN = """
            {"capability": "telephony"}""";

    public static final String PLAN_STATUS = """
            {"status": "CANCELLED"}""";

    public static final String APPROVAL = """
            {"council": "HDC", "decisionReference": "Cabinet 2026-11-12, minute 47"}""";

    public static final String WITHDRAWAL = """
            {"council": "SCDC", "decisionReference": "Cabinet 2027-01-15, minute 12", "note": "Staying with the current supplier"}""";

    public static final String DASHBOARD_LINK = """
            {"council": "CAM", "label": "CAM members' briefing"}""";

    private RequestExamples() {
    }
}
