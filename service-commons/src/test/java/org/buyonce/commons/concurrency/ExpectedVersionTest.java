package org.buyonce.commons.concurrency;

import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionTest {

    @Test
    void ifMatchAcceptsStrongAndWeakEtags() {
        assertThat(ExpectedVersion.of("\"3\"", null).version()).isEqualTo(3);
        assertThat(ExpectedVersion.of("W/\"3\"", null).version()).isEqualTo(3);
        assertThat(ExpectedVersion.of(null, 4L)).isEqualTo(new ExpectedVersion(4, false));
    }

    @Test
    void aStaleIfMatchIs412AndAStaleVersionFieldIs409() {
        assertThatThrownBy(() -> ExpectedVersion.of("\"3\"", null).check(4))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        assertThatThrownBy(() -> ExpectedVersion.of(null, 3L).check(4))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
    }

    @Test
    void aWriteWithoutAnyVersionIs428() {
        assertThatThrownBy(() -> ExpectedVersion.of(null, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    }

    @Test
    void anUnquotedVersionIsTakenAsTheETagItMeans() {
        assertThat(ExpectedVersion.of("3", null)).isEqualTo(new ExpectedVersion(3, true));
        assertThat(ExpectedVersion.of(" 3 ", 3L)).isEqualTo(new ExpectedVersion(3, true));
    }

    @Test
    void malformedOrContradictoryExpectationsAre400() {
        assertThatThrownBy(() -> ExpectedVersion.of("three", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT));
        assertThatThrownBy(() -> ExpectedVersion.of("\"3\"x", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT));
        assertThatThrownBy(() -> ExpectedVersion.of("\"1234567890123456789\"", null))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT));
        assertThatThrownBy(() -> ExpectedVersion.of("\"3\"", 2L))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_INPUT));
    }

    @Test
    void aCreateWithAVersionIs400() {
        assertThatThrownBy(() -> ExpectedVersion.refuseOnCreate(0L))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.toProblem().errors()).extracting("field").containsExactly("version"));
        ExpectedVersion.refuseOnCreate(null);
    }

    @Test
    void deleteMayOmitTheExpectation() {
        assertThat(ExpectedVersion.optional(null)).isNull();
        assertThat(ExpectedVersion.optional("*")).isNull();
        assertThat(ExpectedVersion.optional("\"2\"").version()).isEqualTo(2);
    }
}
