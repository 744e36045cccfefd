package org.buyonce.links;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LinkSecretsTest {

    @Test
    void aSecretIs256RandomBitsThatFitAUrlPath() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = LinkSecrets.newSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
            assertThat(LinkSecrets.hasTheShapeOfASecret(secret)).isTrue();
            seen.add(secret);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyTheHashIsKeptAndItIsSha256() {
        assertThat(LinkSecrets.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String secret = LinkSecrets.newSecret();
        assertThat(LinkSecrets.hash(secret)).hasSize(64).isNotEqualTo(secret).isEqualTo(LinkSecrets.hash(secret));
        assertThat(LinkSecrets.sameHash(LinkSecrets.hash(secret), LinkSecrets.hash(secret))).isTrue();
        assertThat(LinkSecrets.sameHash(LinkSecrets.hash(secret), LinkSecrets.hash("other"))).isFalse();
    }

    @Test
    void whatCannotBeASecretIsRecognisedWithoutALookUp() {
        assertThat(LinkSecrets.hasTheShapeOfASecret(null)).isFalse();
        assertThat(LinkSecrets.hasTheShapeOfASecret("")).isFalse();
        assertThat(LinkSecrets.hasTheShapeOfASecret("a".repeat(42))).isFalse();
        assertThat(LinkSecrets.hasTheShapeOfASecret("a".repeat(44))).isFalse();
        assertThat(LinkSecrets.hasTheShapeOfASecret("a".repeat(42) + "=")).isFalse();
        assertThat(LinkSecrets.hasTheShapeOfASecret("../" + "a".repeat(40))).isFalse();
    }
}
