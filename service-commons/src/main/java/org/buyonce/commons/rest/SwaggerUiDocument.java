package org.buyonce.commons.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.security.ProviderEndpoints;
import org.buyonce.commons.security.TrustedIssuers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API document as Swagger UI reads it: the service's own ({@code /q/openapi}), plus, for each trusted issuer, an
 * OAuth 2.0 authorization-code scheme (the public client {@code buyonce.oidc.client-id}, with PKCE, which Swagger UI is
 * told to use) as an alternative to the bearer token on every operation that needs one, so that "Authorize" signs an
 * officer in with their council's provider.
 * <p>
 * The published document names only the bearer token, whoever issued it: clients generated from it take a token and
 * send it, and typescript-fetch would send an OAuth scheme's token without its "Bearer" prefix, overwriting the bearer
 * one. The issuers are a deployment's configuration and their endpoints come from their discovery documents, so this
 * document is made when asked for.
 */
@ApplicationScoped
public class SwaggerUiDocument {

    /** The scheme of an issuer: {@code signIn-CAM}, {@code signIn-partnership}. */
    static final String PREFIX = "signIn-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiDocumentService documents;
    private final TrustedIssuers issuers;
    private final ProviderEndpoints endpoints;
    private final Partnership partnership;
    private final List<String> scopes;

    public SwaggerUiDocument(OpenApiDocumentService documents, TrustedIssuers issuers, ProviderEndpoints endpoints,
            Partnership partnership, @ConfigProperty(name = "buyonce.oidc.scopes") Optional<List<String>> scopes) {
        this.documents = documents;
        this.issuers = issuers;
        this.endpoints = endpoints;
        this.partnership = partnership;
        this.scopes = scopes.orElse(List.of());
    }

    public byte[] json() {
        byte[] published = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
        Map<String, ObjectNode> schemes = new LinkedHashMap<>();
        for (TrustedIssuers.Issuer issuer : issuers.all()) {
            endpoints.of(issuer.url()).ifPresent(found -> schemes.put(PREFIX + issuer.tenantId(), scheme(issuer, found)));
        }
        if (schemes.isEmpty()) {
            return published;
        }
        try {
            ObjectNode document = (ObjectNode) JSON.readTree(published);
            ObjectNode components = document.has("components") ? (ObjectNode) document.get("components") : document.putObject("components");
            ObjectNode securitySchemes = components.has("securitySchemes") ? (ObjectNode) components.get("securitySchemes")
                    : components.putObject("securitySchemes");
            schemes.forEach(securitySchemes::set);
            for (JsonNode path : document.path("paths")) {
                for (JsonNode operation : path) {
                    if (operation.path("security") instanceof ArrayNode security && !security.isEmpty()) {
                        schemes.keySet().forEach(name -> security.addObject().putArray(name));
                    } // an operation without security is what a secret link opens: no token at all
                }
            }
            return JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode scheme(TrustedIssuers.Issuer issuer, ProviderEndpoints.Endpoints found) {
        ObjectNode scheme = JSON.createObjectNode().put("type", "oauth2")
                .put("description", "Sign in with " + issuer.label(partnership) + " (authorization code with PKCE).");
        ObjectNode flow = scheme.putObject("flows").putObject("authorizationCode")
                .put("authorizationUrl", found.authorization()).put("tokenUrl", found.token());
        ObjectNode offered = flow.putObject("scopes").put("openid", "Sign in (OpenID Connect)");
        scopes.forEach(scope -> offered.put(scope, "Call BuyOnce for you"));
        return scheme;
    }
}
