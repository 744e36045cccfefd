package org.buyonce.testing;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Comparator;
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
        return failures(document, List.of());
    }

    /**
     * The same, sending the examples of these operations first, in this order, where document order would not make a
     * story (a plan is approved by each council before it can move on).
     */
    public static List<String> failures(OpenApiChecks document, List<String> first) {
        Map<String, String> created = new HashMap<>();
        List<String> failures = new ArrayList<>();
        List<OpenApiChecks.RequestExample> examples = new ArrayList<>(document.requestExamples());
        examples.sort(Comparator.comparingInt(example -> {
            int index = first.indexOf(example.operationId());
            return index < 0 ? first.size() : index;
        }));
        for (OpenApiChecks.RequestExample example : examples) {
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
