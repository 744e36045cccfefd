package org.buyonce.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Issues the bearer tokens the services accept when run on this machine (the launcher, the tests): an RSA key pair kept
 * in a directory, the public half for the services' {@code mp.jwt.verify.publickey.location}, and signed JWTs whose
 * {@code groups} are the roles and whose {@code council} names an officer's council. Production uses its own issuer.
 */
public final class TokenIssuer {

    public static final String ISSUER = "urn:buyonce:local";
    private static final String PRIVATE_KEY = "private-key.pem";
    private static final String PUBLIC_KEY = "public-key.pem";

    private final PrivateKey privateKey;
    private final Path publicKey;
    private final String issuer;

    private TokenIssuer(PrivateKey privateKey, Path publicKey, String issuer) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.issuer = issuer;
    }

    /** The key pair in this directory, created on first use and kept for the next runs. */
    public static TokenIssuer inDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
            Path privatePem = directory.resolve(PRIVATE_KEY);
            Path publicPem = directory.resolve(PUBLIC_KEY);
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                privatePem.toFile().setReadable(false, false);
                privatePem.toFile().setReadable(true, true);
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(privatePem)
                    .replaceAll("-----[A-Z ]+-----", "").strip());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new TokenIssuer(key, publicPem, ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create or read the token keys in " + directory, e);
        }
    }

    /** A key pair for one run only. */
    public static TokenIssuer temporary() {
        return inDirectory(Scratch.directory("buyonce-keys"));
    }

    /** The same keys, signing tokens that name another issuer (the one a deployment's configuration expects). */
    public TokenIssuer issuedAs(String otherIssuer) {
        return new TokenIssuer(privateKey, publicKey, otherIssuer);
    }

    /** The PEM file the services verify tokens with. */
    public Path publicKey() {
        return publicKey;
    }

    /**
     * A signed token.
     *
     * @param user     who the caller is: the token's {@code upn}, recorded in audit trails
     * @param roles    the {@code groups}: viewer, officer, ict, admin
     * @param council  the council an officer writes for; null for other roles
     * @param lifetime how long it is valid
     */
    public String token(String user, List<String> roles, String council, Duration lifetime) {
        return token(user, roles, council, Instant.now(), lifetime);
    }

    /** A signed token valid from {@code notBefore} (its {@code nbf} and {@code iat}) for {@code lifetime}. */
    public String token(String user, List<String> roles, String council, Instant notBefore, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", roles);
        if (council != null) {
            claims.setClaim("council", council);
        }
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(notBefore.getEpochSecond()));
        if (notBefore.isAfter(Instant.now())) {
            claims.setNotBefore(NumericDate.fromSeconds(notBefore.getEpochSecond()));
        }
        claims.setExpirationTime(NumericDate.fromSeconds(notBefore.plus(lifetime).getEpochSecond()));
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
