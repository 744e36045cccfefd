package org.buyonce.commons.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Swagger UI's page, served in place of the one Quarkus builds: Quarkus fixes Swagger UI's OAuth settings when the
 * service is built, but the client an officer signs in with ({@code buyonce.oidc.client-id}) is a deployment's
 * setting. This page tells Swagger UI that client, to use PKCE, and which scopes to ask for, and gives it the document
 * with the councils' sign-in ({@link SwaggerUiDocument}, at {@code /q/swagger-ui/openapi.json}); everything it loads
 * (the Swagger UI bundle, the document, the OAuth redirect page) is addressed relative to it, so it works where an
 * Ingress serves it under a prefix.
 */
@ApplicationScoped
public class SwaggerUiPage {

    private static final String PATH = "/q/swagger-ui/";
    private final String page;
    private final SwaggerUiDocument document;

    public SwaggerUiPage(SwaggerUiDocument document, @ConfigProperty(name = "quarkus.application.name") String service,
            @ConfigProperty(name = "buyonce.oidc.client-id", defaultValue = "buyonce") String clientId,
            @ConfigProperty(name = "buyonce.oidc.scopes") Optional<List<String>> scopes) {
        this.document = document;
        List<String> asked = new ArrayList<>(List.of("openid"));
        scopes.ifPresent(asked::addAll);
        Map<String, Object> oauth = new LinkedHashMap<>();
        oauth.put("clientId", clientId);
        oauth.put("usePkceWithAuthorizationCodeGrant", true);
        oauth.put("scopes", asked);
        try {
            this.page = """
                    <!DOCTYPE html>
                    <html lang="en-GB">
                    <head><meta charset="UTF-8"><title>BuyOnce %s: API</title>
                    <link rel="stylesheet" href="swagger-ui.css"><link rel="icon" href="favicon.ico"></head>
                    <body><div id="swagger-ui"></div>
                    <script src="swagger-ui-bundle.js" charset="UTF-8"></script>
                    <script src="swagger-ui-standalone-preset.js" charset="UTF-8"></script>
                    <script>
                    window.onload = function () {
                      const here = window.location.href.split(/[?#]/)[0];
                      const ui = SwaggerUIBundle({
                        url: new URL('openapi.json', here).href,
                        oauth2RedirectUrl: new URL('oauth2-redirect.html', here).href,
                        dom_id: '#swagger-ui', deepLinking: true,
                        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                        layout: 'BaseLayout', persistAuthorization: false
                      });
                      ui.initOAuth(%s);
                    };
                    </script>
                    </body>
                    </html>
                    """.formatted(escapeHtml(service), new ObjectMapper().writeValueAsString(oauth).replace("</", "<\\/"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void route(@Observes Router router) {
        for (String path : List.of(PATH, PATH + "index.html")) {
            router.get(path).order(-1000).handler(context -> context.response()
                    .putHeader("Content-Type", "text/html; charset=UTF-8").putHeader("Cache-Control", "no-cache").end(page));
        }
        // Blocking: the first request after an hour reads the issuers' discovery documents.
        router.get(PATH + "openapi.json").order(-1000).blockingHandler(context -> context.response()
                .putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-cache")
                .end(Buffer.buffer(document.json())), false);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
