package org.buyonce.commons.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.council.Partnership;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose tokens the services accept, and for which council each acts (DESIGN.md "Sign-in"):
 * <ul>
 * <li>the issuers of {@code buyonce.oidc.issuers} ({@code BUYONCE_OIDC_ISSUERS}), comma-separated {@code CODE=issuer}
 * pairs: a council's issuer acts for that council only, whatever its tokens claim; {@code *=issuer} names a provider
 * the partnership shares, whose tokens name their council in {@code buyonce.council-claim};</li>
 * <li>the local key ({@code mp.jwt.verify.issuer} and {@code mp.jwt.verify.publickey.location}), for the embedded
 * default, the tests and service accounts, whose tokens keep the MicroProfile names: roles in {@code groups}, the
 * council in {@code council}.</li>
 * </ul>
 * A malformed value stops the service at start, naming what is wrong.
 */
@ApplicationScoped
public class TrustedIssuers {

    static final String SHARED = "*";
    static final String LOCAL_COUNCIL_CLAIM = "council";
    static final String LOCAL_ROLES_CLAIM = "groups";
    /** What a browser sign-in's tenant adds to its issuer's: the code flow and its session, beside the bearer tokens. */
    static final String WEB_SUFFIX = "-web";

    /**
     * One trusted issuer: its tenant (what OpenID Connect sessions and identities are keyed by, and what its sign-in path
     * ends with: the council's code, or {@code partnership}) and its council.
     */
    public record Issuer(String tenantId, String url, Optional<String> council) {

        /** The council this issuer speaks for, or empty for a provider the partnership shares. */
        public boolean shared() {
            return council.isEmpty();
        }

        /** What a person signing in picks: the council's name, or the partnership for a shared provider. */
        public String label(Partnership partnership) {
            return council.map(partnership::name).orElse("The partnership's account");
        }
    }

    private final Map<String, Issuer> byUrl;
    private final Map<String, Issuer> byTenant;
    private final String rolesClaim;
    private final String councilClaim;
    private final Optional<String> audience;
    private final String localIssuer;

    public TrustedIssuers(Partnership partnership,
            @ConfigProperty(name = "buyonce.oidc.issuers") Optional<String> issuers,
            @ConfigProperty(name = "buyonce.roles-claim", defaultValue = LOCAL_ROLES_CLAIM) String rolesClaim,
            @ConfigProperty(name = "buyonce.council-claim", defaultValue = LOCAL_COUNCIL_CLAIM) String councilClaim,
            @ConfigProperty(name = "buyonce.audience") Optional<String> audience,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String localIssuer) {
        this.byUrl = parse(issuers.orElse(""), partnership);
        Map<String, Issuer> tenants = new LinkedHashMap<>();
        byUrl.values().forEach(issuer -> tenants.put(issuer.tenantId(), issuer));
        this.byTenant = Collections.unmodifiableMap(tenants);
        this.rolesClaim = rolesClaim;
        this.councilClaim = councilClaim;
        this.audience = audience.filter(value -> !value.isBlank());
        this.localIssuer = localIssuer;
        if (byUrl.containsKey(localIssuer)) {
            throw new IllegalArgumentException("buyonce.oidc.issuers: " + localIssuer + " is also the local key's issuer "
                    + "(mp.jwt.verify.issuer); give the local key an issuer of its own");
        }
    }

    static Map<String, Issuer> parse(String value, Partnership partnership) {
        Map<String, Issuer> parsed = new LinkedHashMap<>();
        int shared = 0;
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            String code = parts[0].trim();
            String url = parts.length == 2 ? stripSlash(parts[1].trim()) : "";
            if (parts.length != 2 || url.isEmpty()) {
                throw new IllegalArgumentException("buyonce.oidc.issuers: '" + pair.trim() + "' is not CODE=issuer");
            }
            checkUrl(url);
            Issuer issuer;
            if (code.equals(SHARED)) {
                shared++;
                issuer = new Issuer(shared == 1 ? "partnership" : "partnership-" + shared, url, Optional.empty());
            } else if (partnership.isMember(code)) {
                issuer = new Issuer(code, url, Optional.of(code));
            } else {
                throw new IllegalArgumentException("buyonce.oidc.issuers: " + code + " is not a council of the partnership ("
                        + partnership.codes() + ") nor *");
            }
            if (parsed.putIfAbsent(url, issuer) != null) {
                throw new IllegalArgumentException("buyonce.oidc.issuers: " + url + " is listed twice; an issuer speaks "
                        + "for one council, or for the partnership with *");
            }
        }
        return Collections.unmodifiableMap(parsed);
    }

    /** An issuer's address is HTTPS; plain HTTP only on this machine (a test or the embedded default's Keycloak). */
    private static void checkUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("buyonce.oidc.issuers: '" + url + "' is not a URL");
        }
        boolean loopback = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
            throw new IllegalArgumentException("buyonce.oidc.issuers: '" + url + "' must be an https URL");
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The issuer a token names, if trusted; a trailing slash is not a difference. */
    public Optional<Issuer> byUrl(String url) {
        return url == null ? Optional.empty() : Optional.ofNullable(byUrl.get(stripSlash(url)));
    }

    /** The issuer of a tenant, the browser sign-in's included. */
    public Optional<Issuer> byTenant(String tenantId) {
        if (tenantId == null) {
            return Optional.empty();
        }
        String issuerTenant = tenantId.endsWith(WEB_SUFFIX) ? tenantId.substring(0, tenantId.length() - WEB_SUFFIX.length()) : tenantId;
        return Optional.ofNullable(byTenant.get(issuerTenant));
    }

    public List<Issuer> all() {
        return new ArrayList<>(byUrl.values());
    }

    public String localIssuer() {
        return localIssuer;
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public Optional<String> audience() {
        return audience;
    }

    /**
     * The council a verified token acts for: its issuer's council; for the shared provider and the local key, the one
     * its council claim names. The tenant is the one that verified the token, never what the token says of itself.
     */
    public Optional<String> councilOf(String tenantId, JsonWebToken token) {
        Optional<Issuer> issuer = byTenant(tenantId);
        if (issuer.isPresent() && issuer.get().council().isPresent()) {
            return issuer.get().council();
        }
        String claim = issuer.isPresent() ? councilClaim : LOCAL_COUNCIL_CLAIM;
        Object council = token == null ? null : token.getClaim(claim);
        return council == null ? Optional.empty() : Optional.of(council.toString());
    }
}
