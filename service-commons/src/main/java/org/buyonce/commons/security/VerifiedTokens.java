package org.buyonce.commons.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SmallRye JWT's parser, verifying each bearer token once rather than on every request: a client sends the same
 * token for its whole life, and checking its RS256 signature and parsing its claims was a quarter of a read's time.
 * A verified token is kept until it expires, and at most {@link #LIFETIME}, so that a new verification key takes
 * effect within that time; at most {@link #CAPACITY} tokens are kept. Only what SmallRye JWT verified is kept, so a
 * token it refuses is refused every time, and the identity of each request is still built per request from the token.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private record Verified(JsonWebToken token, Instant until) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = Instant.now();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.token();
        }
        JsonWebToken parsed = super.parse(token);
        remember(token, parsed, now);
        return parsed;
    }

    private void remember(String token, JsonWebToken parsed, Instant now) {
        if (parsed.getExpirationTime() <= 0) {
            return;
        }
        Instant until = Instant.ofEpochSecond(parsed.getExpirationTime());
        if (until.isAfter(now.plus(LIFETIME))) {
            until = now.plus(LIFETIME);
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear(); // a burst of distinct tokens: start again rather than track recency
            }
        }
        verified.put(token, new Verified(parsed, until));
    }
}
