package org.buyonce.commons.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldErrorTest {

    @Test
    void aFieldIsNamedOnceWithEverythingWrongWithIt() {
        List<FieldError> merged = FieldError.merged(List.of(
                new FieldError("tag", "must not be blank"),
                new FieldError("name", "must not be blank"),
                new FieldError("tag", "must be letters, digits and . _ / - only"),
                new FieldError(3, "tag", "appears earlier in the file"),
                new FieldError(4, "tag", "appears earlier in the file")));

        assertThat(merged).containsExactly(
                new FieldError("tag", "must not be blank; must be letters, digits and . _ / - only"),
                new FieldError("name", "must not be blank"),
                new FieldError(3, "tag", "appears earlier in the file"),
                new FieldError(4, "tag", "appears earlier in the file"));
    }

    @Test
    void theProblemCountsFieldsNotMessages() {
        Problem problem = ProblemException.invalid(List.of(new FieldError("tag", "a"), new FieldError("tag", "b"))).toProblem();

        assertThat(problem.detail()).isEqualTo("tag: a; b");
    }
}
