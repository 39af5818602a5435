package org.deconfliction.atlas.api;

import jakarta.servlet.http.HttpServletRequest;
import org.deconfliction.atlas.geodata.GeodataException;
import org.deconfliction.atlas.store.IdTakenException;
import org.deconfliction.atlas.store.InvalidItemException;
import org.deconfliction.atlas.store.ItemNotFoundException;
import org.deconfliction.atlas.store.SiteInUseException;
import org.deconfliction.atlas.store.VersionConflictException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals of the editing controllers ({@link FeatureEditController}) as RFC 9457 problems: 400 for a body that
 * is not a valid incident or site (naming the field), 404 for an unknown or deleted item, 409 for a taken id or a
 * site that incidents still name, 412 for a stale {@code If-Match} with the current version, who made it and the
 * fields changed since. Ordered before {@link ApiProblems}, whose last
 * resort would otherwise answer these.
 */
@RestControllerAdvice(assignableTypes = FeatureEditController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ItemEditProblems {

    @ExceptionHandler(InvalidBodyException.class)
    ResponseEntity<ProblemDetail> invalidBody(InvalidBodyException e, HttpServletRequest request) {
        return badBody(request, e.field(), e.getMessage());
    }

    @ExceptionHandler(GeodataException.class)
    ResponseEntity<ProblemDetail> invalidFeature(GeodataException e, HttpServletRequest request) {
        return badBody(request, field(e.problem()), e.problem());
    }

    @ExceptionHandler(InvalidItemException.class)
    ResponseEntity<ProblemDetail> invalidItem(InvalidItemException e, HttpServletRequest request) {
        return badBody(request, field(e.problem()), e.problem());
    }

    @ExceptionHandler(ItemMissingException.class)
    ResponseEntity<ProblemDetail> missing(ItemMissingException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(CollectionsController.UnknownFeatureException.class)
    ResponseEntity<ProblemDetail> unindexed(CollectionsController.UnknownFeatureException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ItemNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ItemNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", sentence(e.getMessage()));
    }

    @ExceptionHandler(IdTakenException.class)
    ResponseEntity<ProblemDetail> taken(IdTakenException e) {
        return problem(HttpStatus.CONFLICT, "Id taken", sentence(e.getMessage()));
    }

    @ExceptionHandler(SiteInUseException.class)
    ResponseEntity<ProblemDetail> inUse(SiteInUseException e) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.CONFLICT, "Site in use", sentence(e.getMessage()));
        answer.getBody().setProperty("incidents", e.incidents());
        return answer;
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> conflict(VersionConflictException e) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
                sentence(e.getMessage()) + " Reload it, or write again with If-Match " + EntityTags.of(e.currentVersion())
                        + " to overwrite.");
        ProblemDetail body = answer.getBody();
        body.setProperty("currentVersion", e.currentVersion());
        body.setProperty("changedBy", e.current().by());
        body.setProperty("changedAt", e.current().at() == null ? null : e.current().at().toString());
        body.setProperty("deleted", e.deletedMeanwhile());
        body.setProperty("changes", ItemHistoryJson.changes(e.changedSince()));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).eTag(EntityTags.of(e.currentVersion()))
                .contentType(answer.getHeaders().getContentType()).body(body);
    }

    private static ResponseEntity<ProblemDetail> badBody(HttpServletRequest request, String field, String detail) {
        String item = request.getRequestURI().contains("/collections/sites/") ? "site" : "incident";
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, "Invalid " + item, sentence(detail));
        answer.getBody().setProperty("field", field);
        return answer;
    }

    /** The field a reader's message names ({@code field 'date.end' must ...}); null when it names none. */
    private static String field(String problem) {
        int start = problem.indexOf("field '");
        if (start < 0) {
            return null;
        }
        int end = problem.indexOf('\'', start + 7);
        return end < 0 ? null : problem.substring(start + 7, end);
    }

    private static String sentence(String text) {
        String upper = text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
        return upper.endsWith(".") ? upper : upper + ".";
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return ApiProblems.of(status, title, null, detail);
    }
}
