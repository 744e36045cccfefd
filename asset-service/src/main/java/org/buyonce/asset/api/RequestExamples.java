package org.buyonce.asset.api;

/**
 * The request examples of the API description: each is valid as it stands, and a test sends each one from the live
 * document and expects the documented success.
 */
public final class RequestExamples {

    public static final String ASSET = """
            {"tag": "SCDC-FAC-0012", "name": "South Cambridgeshire Hall standby generator", "type": "FACILITY",
             "capability": "hosting", "councils": ["SCDC"], "site": "South Cambridgeshire Hall",
             "responsibleParty": "SCDC Facilities Management", "criticality": "CRITICAL", "monitored": false,
             "purchaseDate": "2014-06-01", "warrantyEnd": "2019-05-31", "endOfSupport": "2026-06-30", "status": "IN_USE"}""";

    public static final String ASSET_CHANGE = """
            {"tag": "SCDC-FAC-0012", "name": "South Cambridgeshire Hall standby generator", "type": "FACILITY",
             "capability": "hosting", "councils": ["SCDC"], "site": "South Cambridgeshire Hall",
             "responsibleParty": "3C ICT", "criticality": "CRITICAL", "monitored": true,
             "purchaseDate": "2014-06-01", "warrantyEnd": "2019-05-31", "endOfSupport": "2026-06-30", "status": "IN_USE"}""";

    public static final String REGISTER_FILE = "tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,"
            + "purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId\n"
            + "HDC-SRV-0007,Pathfinder House hypervisor,SERVER,hosting,HDC;CAM,Pathfinder House,3C ICT,CRITICAL,yes,"
            + "2021-04-01,2024-03-31,2027-03-31,IN_USE,\n"
            + "CAM-LAP-0001,Council Anywhere laptop,LAPTOP,end-user-devices,CAM,Mandela House,3C ICT,NORMAL,no,"
            + "2023-09-01,2026-08-31,2028-08-31,IN_USE,\n";

    private RequestExamples() {
    }
}
