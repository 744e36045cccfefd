package org.buyonce.commons.security;

import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.problem.Problem;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a caller who has not signed in is told. An API client gets a 401 problem that names nothing internal. A person
 * opening a page ({@code buyonce.oidc.browser-path}) in a browser is sent to sign in instead: to their provider when the
 * page's sign-in path names one (the code flow's challenge), otherwise to the page that lists the councils to sign in
 * with, which then returns them to the page they asked for.
 */
@ApplicationScoped
public class SignInChallenge {

    private final Optional<String> browserPath;

    public SignInChallenge(@ConfigProperty(name = "buyonce.oidc.browser-path") Optional<String> browserPath) {
        this.browserPath = browserPath;
    }

    public Uni<Response> respond(RoutingContext context) {
        if (!isPageRequest(context)) {
            return Uni.createFrom().item(unauthorized());
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        Uni<ChallengeData> challenge = authenticator == null ? Uni.createFrom().nullItem() : authenticator.getChallenge(context);
        return challenge.onFailure().recoverWithNull().map(data -> {
            if (data != null && data.status == 302) { // the provider's login page
                Response.ResponseBuilder redirect = Response.status(302);
                data.getHeaders().forEach((name, value) -> redirect.header(name.toString(), value));
                return redirect.build();
            }
            String then = context.request().uri();
            return Response.seeOther(URI.create(IssuerTenants.signInPath(browserPath.get()) + "?then="
                    + URLEncoder.encode(then, StandardCharsets.UTF_8))).build();
        });
    }

    /** A browser's GET of a page (it asks for HTML), without a bearer token. */
    private boolean isPageRequest(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        return browserPath.isPresent() && "GET".equals(context.request().method().name())
                && context.normalizedPath().startsWith(browserPath.get())
                && context.request().getHeader("Authorization") == null
                && accept != null && accept.contains("text/html");
    }

    private static Response unauthorized() {
        Problem problem = new ProblemException(ProblemType.UNAUTHORIZED,
                "send a valid bearer token: Authorization: Bearer <JWT>").toProblem();
        return Response.status(401).type(Problem.MEDIA_TYPE).header("WWW-Authenticate", "Bearer").entity(problem).build();
    }
}
