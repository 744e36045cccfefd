package org.buyonce.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.buyonce.infra.TokenIssuer;

import java.util.Map;

/** A key pair for this test run: the service verifies tokens with its public half, {@link Tokens} signs with the other. */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    static final String KEYS_DIRECTORY = "buyonce.test.token-keys";

    @Override
    public Map<String, String> start() {
        TokenIssuer issuer = TokenIssuer.temporary();
        return Map.of(
                "mp.jwt.verify.publickey.location", issuer.publicKey().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.ISSUER,
                KEYS_DIRECTORY, issuer.publicKey().getParent().toString());
    }

    @Override
    public void stop() {
        // The keys are in a temporary directory of this run.
    }
}
