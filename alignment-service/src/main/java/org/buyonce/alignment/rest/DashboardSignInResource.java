package org.buyonce.alignment.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.security.TrustedIssuers;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Signing in to the dashboard in a browser with one's council account (DESIGN.md "Sign-in"): a page to choose the
 * council when several issuers are trusted (straight to the provider when one is), the return from the provider, and
 * signing out. The code flow itself, its session cookie and the sign-out at the provider are Quarkus OIDC's, on the
 * browser tenants of {@link org.buyonce.commons.security.IssuerTenants}. Pages for people, so not in the API document.
 */
@Path("/dashboard")
public class DashboardSignInResource {

    private static final String DASHBOARD = "/dashboard";

    /** A council to sign in with, and where its button leads. */
    public record Choice(String label, String href) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(List<Choice> choices, boolean signedOut);
    }

    private final TrustedIssuers issuers;
    private final Partnership partnership;

    public DashboardSignInResource(TrustedIssuers issuers, Partnership partnership) {
        this.issuers = issuers;
        this.partnership = partnership;
    }

    @GET
    @Path("sign-in")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response choose(@QueryParam("then") String then) {
        List<Choice> choices = choices(returnTo(then));
        if (choices.size() == 1) {
            return Response.seeOther(URI.create(choices.get(0).href())).build();
        }
        return Response.ok(Templates.signIn(choices, false)).build();
    }

    /** Where the provider returns a person to (the browser tenant's redirect path): back to the page they asked for. */
    @GET
    @Path("sign-in/{issuer}")
    @Authenticated
    @Operation(hidden = true)
    public Response signedIn(@PathParam("issuer") String issuer, @QueryParam("then") String then) {
        return Response.seeOther(URI.create(returnTo(then))).build();
    }

    /** Quarkus OIDC signs a browser session out here (and at the provider); a bearer token has nothing to sign out. */
    @GET
    @Path("sign-out")
    @Authenticated
    @Operation(hidden = true)
    public Response signOut() {
        return Response.seeOther(URI.create(DASHBOARD + "/signed-out")).build();
    }

    @GET
    @Path("signed-out")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public TemplateInstance signedOut() {
        return Templates.signIn(choices(DASHBOARD), true);
    }

    /** A sign-in per trusted issuer, each returning the person to {@code then}. */
    private List<Choice> choices(String then) {
        return issuers.all().stream().map(issuer -> new Choice(issuer.label(partnership),
                DASHBOARD + "/sign-in/" + issuer.tenantId() + "?then=" + URLEncoder.encode(then, StandardCharsets.UTF_8))).toList();
    }

    /** Only a dashboard page of this service: never another site, whatever the link says. */
    static String returnTo(String then) {
        boolean dashboardPage = then != null && (then.equals(DASHBOARD) || then.startsWith(DASHBOARD + "?"))
                && then.chars().noneMatch(c -> c < 0x20 || c == '\\');
        return dashboardPage ? then : DASHBOARD;
    }
}
