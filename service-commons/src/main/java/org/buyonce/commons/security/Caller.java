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
 * acts only for the council its token names.
 */
@RequestScoped
public class Caller {

    static final String COUNCIL_CLAIM = "council";

    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The council an officer's token names, if any. */
    public Optional<String> council() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token && token.getClaim(COUNCIL_CLAIM) != null) {
            return Optional.of(token.getClaim(COUNCIL_CLAIM).toString());
        }
        return Optional.empty();
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
