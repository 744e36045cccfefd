package org.buyonce.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Before each Quarkus test, REST Assured sends an admin token unless the test sets an Authorization header of its own:
 * the tests of what roles may do set theirs, every other test acts as an admin. {@code Authorization: none} sends no
 * token at all.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    public static final String NO_TOKEN = "none";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.replaceFiltersWith(adminUnlessSet());
    }

    /** The filter itself, for REST Assured used outside Quarkus tests (the system tests). */
    public static Filter adminUnlessSet(java.util.function.Supplier<String> adminToken) {
        return (request, response, chain) -> {
            String given = request.getHeaders().getValue("Authorization");
            if (given == null) {
                request.header("Authorization", "Bearer " + adminToken.get());
            } else if (NO_TOKEN.equals(given)) {
                request.removeHeader("Authorization");
            }
            return chain.next(request, response);
        };
    }

    private static Filter adminUnlessSet() {
        return adminUnlessSet(Tokens::admin);
    }
}
