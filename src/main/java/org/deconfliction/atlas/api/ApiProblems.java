package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.deconfliction.atlas.analysis.AnalysisBusyException;
import org.deconfliction.atlas.analysis.AnalysisTooComplexException;
import org.deconfliction.atlas.web.RefusalLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problem details for the API: a bad parameter is a 400 naming the parameter, and nothing the API does
 * answers with a stack trace. Anything unforeseen is logged and answered with a bare 500 problem.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final RefusalLog refusals;

    ApiProblems(RefusalLog refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e, HttpServletRequest request) {
        refusals.refused(400, request.getMethod(), request.getRequestURI(), e.parameter() + " " + e.getMessage());
        if (e.parameters().size() == 1) {
            return of(HttpStatus.BAD_REQUEST, "Invalid parameter", e.parameter(), "Parameter '" + e.parameter() + "' " + e.getMessage());
        }
        String names = e.parameters().stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        ResponseEntity<ProblemDetail> answer = of(HttpStatus.BAD_REQUEST, "Invalid parameters", e.parameter(),
                "Parameters " + names + " " + e.getMessage());
        answer.getBody().setProperty("parameters", e.parameters());
        return answer;
    }

    /** An analysis stopped for overrunning its time budget: the question (its spatial parameter) is too complex. */
    @ExceptionHandler(AnalysisTooComplexException.class)
    ResponseEntity<ProblemDetail> tooComplex(AnalysisTooComplexException e, HttpServletRequest request) {
        String parameter = SpatialParameters.NAMES.stream().filter(name -> request.getParameter(name) != null)
                .findFirst().orElse(null);
        refusals.refused(400, request.getMethod(), request.getRequestURI(), e.getMessage());
        String detail = e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1) + ".";
        return of(HttpStatus.BAD_REQUEST, "Question too complex", parameter, detail);
    }

    /** Every analysis worker busy for the whole time budget: 503, to be retried. */
    @ExceptionHandler(AnalysisBusyException.class)
    ResponseEntity<ProblemDetail> busy(AnalysisBusyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The server is answering too many questions at once; try again in a moment.");
        problem.setTitle("Busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * The last resort: an exception no other handler answers. Spring's own web exceptions (405, 406, a missing
     * parameter, ...), exceptions that carry their status and refused access (answered by the security filters
     * as a 401 or 403 problem) are handed back unchanged;
     * everything else is logged with its stack trace and answered with a 500 problem that shows none of it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)
                || e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        LOG.error("API request failed unexpectedly", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be answered because of an internal error; it has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A problem answer with the given status, title, parameter at fault and detail. */
    static ResponseEntity<ProblemDetail> of(HttpStatus status, String title, String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty("parameter", parameter);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
