package org.buyonce.asset;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies as maps, so that tests can send exactly what a client would, mistakes included. */
public final class AssetJson {

    /** The header row of the register's CSV layout. */
    public static final String CSV_HEADER = "tag,name,type,capability,councils,site,responsibleParty,criticality,monitored,"
            + "purchaseDate,warrantyEnd,endOfSupport,status,supportingContractId";

    private AssetJson() {
    }

    /** The South Cambridgeshire Hall server room chiller: critical, run by facilities, unmonitored; a unique tag. */
    public static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tag", "T-" + UUID.randomUUID().toString().substring(0, 13));
        body.put("name", "Server room chiller");
        body.put("type", "FACILITY");
        body.put("capability", "hosting");
        body.put("councils", new ArrayList<>(List.of("SCDC")));
        body.put("site", "South Cambridgeshire Hall");
        body.put("responsibleParty", "SCDC Facilities Management");
        body.put("criticality", "CRITICAL");
        body.put("monitored", false);
        body.put("purchaseDate", "2012-05-01");
        body.put("warrantyEnd", "2015-05-01");
        body.put("endOfSupport", "2030-05-01");
        body.put("status", "IN_USE");
        return body;
    }

    public static Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        return body;
    }

    public static ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/assets").then();
    }

    public static String create(Map<String, Object> body) {
        return post(body).statusCode(201).extract().path("id");
    }
}
