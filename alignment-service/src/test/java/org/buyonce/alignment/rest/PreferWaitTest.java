package org.buyonce.alignment.rest;

import org.buyonce.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferWaitTest {

    @Test
    void theWaitPreferenceIsReadAmongOthersCaseAndSpacesAside() {
        assertThat(PreferWait.of(List.of("wait=10"))).contains(Duration.ofSeconds(10));
        assertThat(PreferWait.of(List.of("respond-async, WAIT = 5"))).contains(Duration.ofSeconds(5));
        assertThat(PreferWait.of(List.of("handling=lenient; x=y", "wait=\"12\"; ignored"))).contains(Duration.ofSeconds(12));
    }

    @Test
    void onlyTheFirstWaitCountsAndItIsCappedAtThirtySeconds() {
        assertThat(PreferWait.of(List.of("wait=3", "wait=7"))).contains(Duration.ofSeconds(3));
        assertThat(PreferWait.of(List.of("wait=3600"))).contains(Duration.ofSeconds(30));
    }

    @Test
    void noWaitOrAZeroWaitMeansAnAnswerAtOnce() {
        assertThat(PreferWait.of(null)).isEmpty();
        assertThat(PreferWait.of(List.of("return=minimal"))).isEmpty();
        assertThat(PreferWait.of(List.of("wait=0"))).isEqualTo(Optional.empty());
    }

    @Test
    void aWaitThatIsNotAWholeNumberOfSecondsIsRefused() {
        for (String bad : List.of("wait", "wait=", "wait=-1", "wait=1.5", "wait=soon", "wait=1234567890")) {
            assertThatThrownBy(() -> PreferWait.of(List.of(bad))).as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("Prefer: wait must be a whole number of seconds");
        }
    }
}
