package org.buyonce.commons.security;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.OidcTenantConfigBuilder;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.common.runtime.OidcCommonUtils;
import io.quarkus.oidc.runtime.OidcConfig;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.quarkus.oidc.runtime.OidcTenantConfig.Roles.Source;
import io.quarkus.oidc.runtime.OidcUtils;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quarkus OIDC's tenants, one per {@link TrustedIssuers trusted issuer}, chosen for each request by the issuer its
 * bearer token names (read, not trusted: the chosen tenant then verifies the token with that issuer's keys, so a token
 * that lies about its issuer fails). Verification is Quarkus OIDC's own: discovery, JWKS cached per issuer and fetched
 * again when a token names a key id not yet seen (at most once a minute), issuer, audience, expiry, signature.
 * <p>
 * Where a service serves pages ({@code buyonce.oidc.browser-path}, the dashboard), each issuer also has a browser
 * tenant: the authorization code flow with PKCE, its session kept in an encrypted cookie. A page request without a
 * bearer token uses the session its cookie names, or the issuer its sign-in path names; API paths never take a session
 * cookie, so no page can make a browser write through the API.
 * <p>
 * Each tenant starts from the default one, so the standard {@code QUARKUS_OIDC_*} settings (connection timeouts, TLS,
 * proxies, the session secrets) apply to all of them. Tenants connect to their provider at their first request, never
 * at start.
 */
@ApplicationScoped
public class IssuerTenants implements TenantConfigResolver {

    static final String LOCAL_TENANT = "local";
    private static final Logger LOG = Logger.getLogger(IssuerTenants.class);
    private static final String BEARER = "Bearer ";
    private static final Duration KEY_REFRESH_AT_MOST_EVERY = Duration.ofMinutes(1);

    private final TrustedIssuers issuers;
    private final Map<String, OidcTenantConfig> byIssuer;
    private final Map<String, OidcTenantConfig> browserTenants;
    private final Optional<String> browserPath;

    public IssuerTenants(TrustedIssuers issuers,
            @ConfigProperty(name = "buyonce.oidc.browser-path") Optional<String> browserPath,
            @ConfigProperty(name = "buyonce.oidc.client-id", defaultValue = "buyonce") String clientId,
            @ConfigProperty(name = "buyonce.oidc.client-secret") Optional<String> clientSecret,
            @ConfigProperty(name = "buyonce.oidc.scopes") Optional<List<String>> scopes,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> localKey) {
        this.issuers = issuers;
        this.browserPath = browserPath;
        io.quarkus.oidc.runtime.OidcTenantConfig defaults = OidcConfig.getDefaultTenant(
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(OidcConfig.class));
        Map<String, OidcTenantConfig> tenants = new LinkedHashMap<>();
        Map<String, OidcTenantConfig> browser = new LinkedHashMap<>();
        for (TrustedIssuers.Issuer issuer : issuers.all()) {
            tenants.put(issuer.url(), bearerTenant(defaults, issuer));
            browserPath.ifPresent(path -> browser.put(issuer.tenantId() + TrustedIssuers.WEB_SUFFIX,
                    browserTenant(defaults, issuer, path, clientId, clientSecret, scopes.orElse(List.of()))));
        }
        localKey.flatMap(IssuerTenants::readKey).ifPresent(key -> tenants.put(issuers.localIssuer(), localTenant(defaults, key)));
        this.byIssuer = Collections.unmodifiableMap(tenants);
        this.browserTenants = Collections.unmodifiableMap(browser);
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(byIssuer.get(issuerOf(authorization.substring(BEARER.length()).trim())));
        }
        return Uni.createFrom().item(browserTenant(context));
    }

    /** The browser tenant of a page request: the one its sign-in path names, else the one its session cookie names. */
    private OidcTenantConfig browserTenant(RoutingContext context) {
        if (browserPath.isEmpty() || !context.normalizedPath().startsWith(browserPath.get())) {
            return null;
        }
        String signIn = signInPath(browserPath.get());
        String path = context.normalizedPath();
        if (path.startsWith(signIn + "/")) {
            return browserTenants.get(path.substring(signIn.length() + 1) + TrustedIssuers.WEB_SUFFIX);
        }
        String fromCookie = context.get(OidcUtils.TENANT_ID_ATTRIBUTE);
        return fromCookie == null ? null : browserTenants.get(fromCookie);
    }

    /** The issuer a token claims, before anything about it is verified; null for what is not a JWT. */
    private static String issuerOf(String token) {
        try {
            JsonObject claims = OidcCommonUtils.decodeJwtContent(token);
            return claims == null ? null : claims.getString("iss");
        } catch (RuntimeException notAJwt) {
            return null;
        }
    }

    /** Where a person signs in with an issuer, e.g. {@code /dashboard/sign-in}; then {@code /CAM} or {@code /partnership}. */
    public static String signInPath(String browserPath) {
        return browserPath + "/sign-in";
    }

    /** Where a person signs out. */
    public static String signOutPath(String browserPath) {
        return browserPath + "/sign-out";
    }

    private OidcTenantConfig bearerTenant(io.quarkus.oidc.runtime.OidcTenantConfig defaults, TrustedIssuers.Issuer issuer) {
        OidcTenantConfigBuilder tenant = OidcTenantConfig.builder(defaults).tenantId(issuer.tenantId()).tenantEnabled(true)
                .applicationType(ApplicationType.SERVICE).authServerUrl(issuer.url())
                .roles(Source.accesstoken, issuers.rolesClaim());
        issuers.audience().ifPresent(audience -> tenant.token().audience(audience).end());
        return tenant.token().forcedJwkRefreshInterval(KEY_REFRESH_AT_MOST_EVERY).end().build();
    }

    private OidcTenantConfig browserTenant(io.quarkus.oidc.runtime.OidcTenantConfig defaults, TrustedIssuers.Issuer issuer,
            String browserPath, String clientId, Optional<String> clientSecret, List<String> scopes) {
        OidcTenantConfigBuilder tenant = OidcTenantConfig.builder(defaults)
                .tenantId(issuer.tenantId() + TrustedIssuers.WEB_SUFFIX).tenantEnabled(true)
                .applicationType(ApplicationType.WEB_APP).authServerUrl(issuer.url()).clientId(clientId)
                .roles(Source.idtoken, issuers.rolesClaim());
        clientSecret.filter(secret -> !secret.isBlank()).ifPresent(tenant::credentials);
        tenant.authentication().redirectPath(signInPath(browserPath) + "/" + issuer.tenantId()).restorePathAfterRedirect(true)
                .pkceRequired(true).scopes(scopes).end();
        tenant.logout().path(signOutPath(browserPath)).postLogoutPath(browserPath + "/signed-out").end();
        return tenant.token().forcedJwkRefreshInterval(KEY_REFRESH_AT_MOST_EVERY).end().build();
    }

    private OidcTenantConfig localTenant(io.quarkus.oidc.runtime.OidcTenantConfig defaults, String publicKey) {
        return OidcTenantConfig.builder(defaults).tenantId(LOCAL_TENANT).tenantEnabled(true)
                .applicationType(ApplicationType.SERVICE).publicKey(publicKey)
                .roles(Source.accesstoken, TrustedIssuers.LOCAL_ROLES_CLAIM)
                .token().issuer(issuers.localIssuer()).end().build();
    }

    /** The local key's PEM; without it, only the trusted issuers' tokens are accepted (said once, at start). */
    private static Optional<String> readKey(String location) {
        Path file = Path.of(location);
        if (!Files.isReadable(file)) {
            LOG.infof("No local token key at %s: only tokens of the trusted issuers (buyonce.oidc.issuers) are accepted", file);
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the local token key " + file, e);
        }
    }
}
