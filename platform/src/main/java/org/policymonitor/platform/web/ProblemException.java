package org.policymonitor.platform.web;

import java.util.List;

/** Thrown by resources and domain code to answer a precise problem+json error. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** 400 naming the invalid field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(400, field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** 400 with every invalid field. */
    public static ProblemException invalidFields(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid input");
        return new ProblemException(Problem.of(400, detail).withErrors(errors));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, detail));
    }
}
