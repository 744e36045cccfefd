package org.buyonce.alignment.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.buyonce.alignment.api.DashboardLinkRequest;
import org.buyonce.alignment.api.DashboardLinkResponse;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.links.SecretLink;
import org.buyonce.links.SecretLinks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Dashboard links: the page, read-only, for whoever holds the URL (fixed to one council if the link says so). */
@ApplicationScoped
public class DashboardLinks {

    static final String KIND = "dashboard";

    private final SecretLinks links;
    private final Partnership partnership;
    private final Validator validator;

    public DashboardLinks(SecretLinks links, Partnership partnership, Validator validator) {
        this.links = links;
        this.partnership = partnership;
        this.validator = validator;
    }

    /** The path, relative to the service, of the page a secret opens. */
    public static String pagePath(String secret) {
        return "dashboard/" + secret;
    }

    public DashboardLinkResponse create(DashboardLinkRequest request, Function<String, URI> urlOf) {
        if (request == null) {
            throw ProblemException.invalid("body", "a dashboard link request is required (it may be empty: {})");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.council() != null && !partnership.isMember(request.council())) {
            errors.add(new FieldError("council", "unknown council '" + InputRules.printable(request.council())
                    + "'; the partnership's councils are " + partnership.codes()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SecretLinks.Issued issued = links.create(KIND, request.council(), request.label(), null);
        return response(issued.link(), urlOf.apply(pagePath(issued.secret())).toString());
    }

    public List<DashboardLinkResponse> visible() {
        return links.visible(KIND).stream().map(link -> response(link, null)).toList();
    }

    public DashboardLinkResponse visible(UUID id) {
        return response(links.visible(KIND, id), null);
    }

    public void revoke(UUID id) {
        links.revoke(KIND, id);
    }

    /** The council a live link's page is fixed to (empty string: every council), if the secret opens one. */
    public Optional<String> open(String secret) {
        return links.open(KIND, secret).map(link -> link.council == null ? "" : link.council);
    }

    private static DashboardLinkResponse response(SecretLink link, String url) {
        return new DashboardLinkResponse(link.id, url, link.council, link.label, link.createdAt, link.createdBy, link.lastUsedAt);
    }
}
