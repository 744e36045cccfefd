package org.buyonce.commons.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.buyonce.commons.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.Optional;

/**
 * Who is calling, from the verified token, and the object-level rules that annotations cannot express: an officer
 * acts only for its council, which is its issuer's ({@link TrustedIssuers#councilOf}).
 */
@RequestScoped
public class Caller {

    /** The attribute Quarkus OIDC names the tenant that verified the identity with. */
    private static final String TENANT = "tenant-id";

    private final SecurityIdentity identity;
    private final TrustedIssuers issuers;

    public Caller(SecurityIdentity identity, TrustedIssuers issuers) {
        this.identity = identity;
        this.issuers = issuers;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** Who signed in to a page in a browser (a session, not a bearer token), to show them and offer to sign out. */
    public Optional<String> browserSession() {
        String tenant = identity.isAnonymous() ? null : identity.getAttribute(TENANT);
        return tenant != null && tenant.endsWith(TrustedIssuers.WEB_SUFFIX) ? Optional.of(name()) : Optional.empty();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The council the caller acts for, if any. */
    public Optional<String> council() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Principal principal = identity.getPrincipal();
        return issuers.councilOf(identity.getAttribute(TENANT), principal instanceof JsonWebToken token ? token : null);
    }

    /** Whether the caller may write for this council: an admin, or an officer of this council. */
    public boolean actsFor(String council) {
        return isAdmin() || (identity.hasRole(Roles.OFFICER) && council().filter(council::equals).isPresent());
    }

    /** Allows an admin, or an officer of this council; anyone else gets 403. */
    public void requireActsFor(String council, String what) {
        if (!actsFor(council)) {
            throw ProblemException.forbidden(describe() + " may not " + what + " of council " + council);
        }
    }

    /** Allows an admin, or an officer of one of these councils; anyone else gets 403. */
    public void requireActsForOneOf(Collection<String> councils, String what) {
        if (isAdmin()) {
            return;
        }
        if (identity.hasRole(Roles.OFFICER) && council().filter(councils::contains).isPresent()) {
            return;
        }
        throw ProblemException.forbidden(describe() + " may not " + what + ": it concerns " + String.join(", ", councils));
    }

    /** Who the caller is, for a message: "an officer of SCDC". */
    public String describe() {
        return council().map(c -> "an officer of " + c).orElse("a caller without a council");
    }
}
