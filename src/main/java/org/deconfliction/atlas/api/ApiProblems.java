package org.deconfliction.atlas.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the API: a bad parameter is a 400 naming the parameter, and nothing the API does
 * answers with a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        return of(HttpStatus.BAD_REQUEST, "Invalid parameter", e.parameter(), "Parameter '" + e.parameter() + "' " + e.getMessage());
    }

    /** A problem answer with the given status, title, parameter at fault and detail. */
    static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("parameter", parameter);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
