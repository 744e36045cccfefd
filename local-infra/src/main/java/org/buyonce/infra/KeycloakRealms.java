package org.buyonce.infra;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realm representations shaped like Microsoft Entra ID tenants: roles in {@code roles}, {@code tid}, {@code aud}. */
public final class KeycloakRealms {

    public static final String CLIENT_ID = "buyonce";
    /** The audience BuyOnce's tokens are for, as an Entra ID app registration's Application ID URI would be. */
    public static final String AUDIENCE = "api://buyonce";

    private KeycloakRealms() {
    }

    /** A user of a realm: a password to sign in with, and realm roles. */
    public record User(String username, String password, String firstName, String lastName, List<String> roles) {
    }

    /**
     * A realm per council, named by its code in lower case ({@code cam}), with {@link #usersPerRole one user per role}:
     * the partnership's Entra ID tenants, in a Keycloak of this machine.
     */
    public static void createCouncilRealms(KeycloakServer keycloak, List<String> councils, List<String> redirectUris,
            int tokenLifespanSeconds) {
        for (String council : councils) {
            String realm = council.toLowerCase();
            keycloak.createRealm(council(realm, UUID.nameUUIDFromBytes(realm.getBytes(StandardCharsets.UTF_8)).toString(), AUDIENCE,
                    usersPerRole(realm), Map.of(), tokenLifespanSeconds, redirectUris));
        }
    }

    /** What the services are told to trust those realms as their councils' issuers (README "Signing in"). */
    public static Map<String, String> serviceEnvironment(KeycloakServer keycloak, List<String> councils) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BUYONCE_OIDC_ISSUERS", String.join(",", councils.stream()
                .map(council -> council + "=" + keycloak.issuer(council.toLowerCase())).toList()));
        environment.put("BUYONCE_ROLES_CLAIM", "roles");
        environment.put("BUYONCE_AUDIENCE", AUDIENCE);
        environment.put("BUYONCE_OIDC_CLIENT_ID", CLIENT_ID);
        return environment;
    }

    /** The demo domain of a realm's users: {@code officer@cam.buyonce.test}. */
    public static String domain(String realm) {
        return realm.toLowerCase() + ".buyonce.test";
    }

    /**
     * One user per role, whose password is the role's name ({@code officer@cam.buyonce.test} / {@code officer}), and
     * {@code nobody@…}, who has no role: for the tests and the embedded default's demo, never for a real provider.
     */
    public static List<User> usersPerRole(String realm) {
        String council = realm.toUpperCase();
        List<User> users = new ArrayList<>();
        for (String role : List.of("viewer", "officer", "ict", "admin")) {
            users.add(new User(role + "@" + domain(realm), role, capitalised(role), council, List.of(role)));
        }
        users.add(new User("nobody@" + domain(realm), "nobody", "No", "Role", List.of()));
        return users;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * A realm like a council's Entra ID tenant: a public client {@link #CLIENT_ID} (authorization code with PKCE for
     * Swagger UI and the dashboard, returning only to {@code redirectUris}, and the password grant for tests), whose
     * tokens carry the realm roles in
     * {@code roles}, the tenant id in {@code tid}, and {@code audience} in {@code aud}; plus the given claims. Two more
     * clients, for the password grant only: {@code other-app}, whose tokens are for another audience, and
     * {@code short-lived}, whose tokens expire after two seconds.
     */
    public static Map<String, Object> council(String realm, String tenantId, String audience, List<User> users,
            Map<String, String> extraClaims, int tokenLifespanSeconds, List<String> redirectUris) {
        List<Map<String, Object>> mappers = new ArrayList<>();
        mappers.add(mapper("roles", "oidc-usermodel-realm-role-mapper", Map.of("claim.name", "roles", "multivalued", "true",
                "access.token.claim", "true", "id.token.claim", "true", "jsonType.label", "String")));
        mappers.add(mapper("audience", "oidc-audience-mapper", Map.of("included.custom.audience", audience,
                "access.token.claim", "true", "id.token.claim", "false")));
        mappers.add(claim("tid", tenantId));
        extraClaims.forEach((name, value) -> mappers.add(claim(name, value)));
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", CLIENT_ID);
        client.put("publicClient", true);
        client.put("standardFlowEnabled", true);
        client.put("directAccessGrantsEnabled", true);
        client.put("redirectUris", redirectUris);
        // Swagger UI asks for its token from the page: the origins of the redirect URIs may (any, where any may return).
        client.put("webOrigins", redirectUris.contains("*") ? List.of("*") : List.of("+"));
        client.put("attributes", Map.of("pkce.code.challenge.method", "S256", "post.logout.redirect.uris", "+"));
        client.put("protocolMappers", mappers);
        // Another application of the same tenant: its tokens are for another audience.
        Map<String, Object> other = Map.of("clientId", "other-app", "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "protocolMappers", List.of(mappers.get(0)));
        // The same audience, but tokens that expire after two seconds: to see one expire.
        Map<String, Object> shortLived = Map.of("clientId", "short-lived", "publicClient", true, "directAccessGrantsEnabled", true,
                "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "2"), "protocolMappers", mappers);
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("realm", realm);
        representation.put("id", realm);
        representation.put("enabled", true);
        representation.put("accessTokenLifespan", tokenLifespanSeconds);
        representation.put("roles", Map.of("realm", List.of(Map.of("name", "viewer"), Map.of("name", "officer"),
                Map.of("name", "ict"), Map.of("name", "admin"))));
        representation.put("clients", List.of(client, other, shortLived));
        representation.put("users", users.stream().map(KeycloakRealms::user).toList());
        return representation;
    }

    private static Map<String, Object> user(User user) {
        return Map.of("username", user.username(), "email", user.username().contains("@") ? user.username()
                        : user.username() + "@example.org",
                "firstName", user.firstName(), "lastName", user.lastName(), "emailVerified", true, "enabled", true,
                "credentials", List.of(Map.of("type", "password", "value", user.password(), "temporary", false)),
                "realmRoles", user.roles());
    }

    private static Map<String, Object> claim(String name, String value) {
        return mapper(name, "oidc-hardcoded-claim-mapper", Map.of("claim.name", name, "claim.value", value,
                "access.token.claim", "true", "id.token.claim", "true", "jsonType.label", "String"));
    }

    private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", type, "config", config);
    }
}
