package org.buyonce.contract.api;

/**
 * The request examples of the API description: each is valid as it stands, and a test sends each one from the live
 * document and expects the documented success.
 */
public final class RequestExamples {

    public static final String CONTRACT = """
            {"council": "SCDC", "reference": "SCDC-ICT-017", "title": "Telephony platform and support",
             "supplier": {"name": "Gamma Communications", "companyNumber": "04340834"},
             "capability": "telephony", "startDate": "2022-04-01", "endDate": "2027-03-31",
             "extensionOptions": [{"months": 12}, {"months": 12}],
             "noticePeriodMonths": 3, "renewalType": "FIXED", "annualValue": 60000.00,
             "procurementRoute": "G-Cloud 14",
             "participants": [{"council": "SCDC", "sharePercent": 50}, {"council": "HDC", "sharePercent": 50}]}""";

    public static final String CONTRACT_CHANGE = """
            {"council": "SCDC", "reference": "SCDC-ICT-017", "title": "Telephony platform and support",
             "supplier": {"name": "Gamma Communications", "companyNumber": "04340834"},
             "capability": "telephony", "startDate": "2022-04-01", "endDate": "2027-06-30",
             "extensionOptions": [{"months": 12}],
             "noticePeriodMonths": 3, "renewalType": "FIXED", "annualValue": 62500.00,
             "procurementRoute": "G-Cloud 14",
             "participants": [{"council": "SCDC", "sharePercent": 50}, {"council": "HDC", "sharePercent": 50}]}""";

    public static final String TERMINATION = """
            {"terminationDate": "2027-01-31", "reason": "Service consolidated into the shared telephony contract"}""";

    public static final String CAPABILITY = """
            {"code": "geographic-information", "name": "Geographic information system", "cpvCode": "48326000-1"}""";

    private RequestExamples() {
    }
}
