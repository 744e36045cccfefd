package org.buyonce.alignment.rest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.alignment.config.PlannerConfig;
import org.buyonce.alignment.dashboard.Dashboard;
import org.buyonce.alignment.dashboard.DashboardLinks;
import org.buyonce.alignment.dashboard.DashboardService;
import org.buyonce.alignment.service.PlanningQuery;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Caller;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The councillors' dashboard: one server-rendered page, with a token, signed in with a council account in a browser
 * (DashboardSignInResource), or through a dashboard link.
 */
@Path("/dashboard")
@Tag(name = "Dashboard")
public class DashboardResource {

    private static final String PAGE_EXAMPLE = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>BuyOnce dashboard</title></head>"
            + "<body><h1>BuyOnce: the joint ICT programme</h1><p>3 of 9 contracts aligned</p></body></html>";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard, String basePath, boolean councilFixed, String signedInAs);
    }

    private final DashboardService dashboards;
    private final DashboardLinks links;
    private final Partnership partnership;
    private final PlannerConfig defaults;
    private final Clock clock;
    private final Caller caller;

    public DashboardResource(DashboardService dashboards, DashboardLinks links, Partnership partnership, PlannerConfig defaults,
            Clock clock, Caller caller) {
        this.dashboards = dashboards;
        this.links = links;
        this.partnership = partnership;
        this.defaults = defaults;
        this.clock = clock;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Roles.VIEWER, Roles.OFFICER, Roles.ICT, Roles.ADMIN})
    @Operation(operationId = "dashboard", summary = "The councillors' dashboard (HTML)",
            description = "Programme progress, a renewal timeline per shared capability, the decisions due in the next 90 days, "
                    + "the plans and their tracking, and the capabilities made urgent by ageing assets. Server-rendered, "
                    + "no scripts, a table for every chart. For people without a token: POST /dashboard-links.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public TemplateInstance page(
            @QueryParam("council") @Parameter(description = ApiParameters.COUNCIL, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @QueryParam("asOf") @Parameter(description = "The planning date; today when omitted", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String asOf) {
        return render(QueryParams.council("council", council, partnership), capability, asOf, "dashboard", false,
                caller.browserSession().orElse(null));
    }

    @GET
    @Path("{secret}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "sharedDashboard", summary = "The dashboard through a dashboard link (no token)",
            description = "The address POST /dashboard-links answered with. A link fixed to a council shows only that council; "
                    + "the capability and asOf filters still apply. An unknown or revoked secret is 404.")
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public TemplateInstance shared(@PathParam("secret") @Parameter(description = "The link's secret") String secret,
            @QueryParam("council") @Parameter(description = "Ignored when the link is fixed to a council",
                    schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council,
            @QueryParam("capability") @Parameter(description = ApiParameters.CAPABILITY, schema = @Schema(type = SchemaType.STRING,
                    pattern = ApiParameters.CAPABILITY_PATTERN)) String capability,
            @QueryParam("asOf") @Parameter(description = "The planning date; today when omitted", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) String asOf) {
        String fixed = links.open(secret).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no dashboard at this address; it may have been revoked"));
        String scope = fixed.isEmpty() ? QueryParams.council("council", council, partnership) : fixed;
        return render(scope, capability, asOf, DashboardLinks.pagePath(secret), !fixed.isEmpty(), null);
    }

    private TemplateInstance render(String council, String capability, String asOf, String path, boolean councilFixed,
            String signedInAs) {
        PlanningQuery query = PlanningQuery.parse(asOf, null, null, LocalDate.now(clock), defaults);
        Dashboard dashboard = dashboards.of(council, QueryParams.text(capability), query);
        return Templates.dashboard(dashboard, path.substring(path.lastIndexOf('/') + 1), councilFixed, signedInAs);
    }
}
