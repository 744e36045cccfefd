package org.buyonce.launcher;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTest {

    @Test
    void theKnownCommandsAreRead() {
        assertThat(Command.parse(List.of()).kind()).isEqualTo(Command.Kind.RUN);
        assertThat(Command.parse(List.of("--fresh")).kind()).isEqualTo(Command.Kind.RUN_FRESH);
        assertThat(Command.parse(List.of("--help")).kind()).isEqualTo(Command.Kind.HELP);
        assertThat(Command.parse(List.of("watch"))).isEqualTo(new Command(Command.Kind.WATCH, "contract-renewals"));
        assertThat(Command.parse(List.of("watch", "capabilities"))).isEqualTo(new Command(Command.Kind.WATCH, "capabilities"));
    }

    @Test
    void aMisspeltOptionIsRefusedInsteadOfStartingOnTheOldData() {
        assertThatThrownBy(() -> Command.parse(List.of("--frsh"))).hasMessage("unknown option '--frsh'");
        assertThatThrownBy(() -> Command.parse(List.of("--fresh", "--frsh"))).hasMessage("one option at a time: --fresh --frsh");
        assertThatThrownBy(() -> Command.parse(List.of("watch", "a", "b"))).hasMessage("watch takes one topic at most, not: a b");
    }
}
