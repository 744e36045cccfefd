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

    /** A contracts file in the Transparency Code layout, with BuyOnce's columns. */
    public static final String CONTRACTS_FILE = "Council,Reference Number,Title of Agreement,Department Responsible,"
            + "Description of Goods and Services,Supplier Name,Supplier Registration Number,Estimated Annual Spending,"
            + "Irrecoverable VAT,Start Date,End Date,Review Date,Procurement Process,SME,VCSE,Capability,"
            + "Notice Period Months,Renewal Type,Renewal Period Months,Extension Options,Participants,Status\n"
            + "SCDC,SCDC-ICT-040,Printing and scanning,3C ICT Shared Service,\"Managed print, scan and copy for council offices\","
            + "Canon (UK) Ltd,01145392,38000.00,0.00,2024-08-01,2029-03-31,,Crown Commercial Service RM6174,no,no,printing,"
            + "3,FIXED,,12;12,SCDC:100,\n";

    public static final String CALENDAR_LINK = """
            {"council": "SCDC", "label": "SCDC procurement team's Outlook"}""";

    public static final String TERMINATION = """
            {"terminationDate": "2027-01-31", "reason": "Service consolidated into the shared telephony contract"}""";

    public static final String CAPABILITY = """
            {"code": "geographic-information", "name": "Geographic information system", "cpvCode": "48326000-1"}""";

    private RequestExamples() {
    }
}
