package org.buyonce.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Sends every request example of a live API document, in document order, as a client copying it from Swagger UI
 * would: a POST to a collection creates what later examples on {@code <collection>/{id}} then address, and a change
 * to a resource sends the ETag read just before as If-Match. Returns each example that did not get its documented
 * success, with what it got instead.
 */
public final class RequestExampleSender {

    private RequestExampleSender() {
    }

    public static List<String> failures(OpenApiChecks document) {
        Map<String, String> created = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (OpenApiChecks.RequestExample example : document.requestExamples()) {
            String collection = example.path().contains("/{id}") ? example.path().substring(0, example.path().indexOf("/{id}")) : null;
            String id = collection == null ? null : created.get(collection);
            if (collection != null && id == null) {
                failures.add(example.operationId() + ": no earlier example created the " + collection + " it addresses");
                continue;
            }
            String path = id == null ? example.path() : example.path().replace("{id}", id);
            RequestSpecification request = given().contentType(example.mediaType())
                    .body(example.mediaType().contains("json") ? example.value().toString() : example.value().asText());
            if (id != null) {
                request.header("If-Match", given().get(collection + "/" + id).then().statusCode(200).extract().header("ETag"));
            }
            Response response = request.request(example.method(), path);
            if (response.statusCode() != example.successStatus()) {
                failures.add(example.operationId() + ": " + example.method() + " " + path + " answered " + response.statusCode()
                        + " instead of " + example.successStatus() + ": " + response.asString());
            } else if (example.method().equals("POST") && collection == null && response.contentType().contains("json")
                    && response.path("id") != null) {
                created.put(example.path(), response.path("id").toString());
            }
        }
        return failures;
    }
}
