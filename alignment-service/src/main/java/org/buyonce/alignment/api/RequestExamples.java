package org.buyonce.alignment.api;

/**
 * The request examples of the API description: each is valid as it stands, and a test sends each one from the live
 * document and expects the documented success.
 */
public final class RequestExamples {

    public static final String PLAN = """
            {"capability": "telephony"}""";

    public static final String PLAN_STATUS = """
            {"status": "APPROVED"}""";

    private RequestExamples() {
    }
}
