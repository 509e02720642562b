package org.mpaka.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mpaka.shared.InvalidInputException;
import org.mpaka.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns failures of API calls into RFC 9457 problem details. Bad input names each bad field
 * ({@code errors: [{field, message}]}); nothing internal (stack traces, SQL) reaches the client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return badRequest("The request has invalid fields.", e.fieldErrors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        return badRequest("The request has invalid fields.", fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return badRequest("The request body is not valid JSON or has a value of the wrong type.", Map.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return badRequest("A parameter has the wrong type.", Map.of(e.getName(), "not a valid value"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not Found");
        return ResponseEntity.status(404).body(p);
    }

    @ExceptionHandler(org.mpaka.shared.ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(org.mpaka.shared.ConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Conflict");
        p.setProperty("code", e.code());
        return ResponseEntity.status(409).body(p);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        ProblemDetail p =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role or agency does not allow this.");
        p.setTitle("Forbidden");
        return ResponseEntity.status(403).body(p);
    }

    @ExceptionHandler({DataAccessException.class, org.springframework.transaction.TransactionException.class})
    ResponseEntity<ProblemDetail> database(RuntimeException e, HttpServletRequest request) {
        log.error("database error on {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "The database is unreachable or failed; nothing was saved. Try again.");
        p.setTitle("Service Unavailable");
        return ResponseEntity.status(503).body(p);
    }

    static ResponseEntity<ProblemDetail> badRequest(String detail, Map<String, String> fields) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Bad Request");
        List<Map<String, String>> errors = new ArrayList<>();
        fields.forEach((field, message) -> errors.add(Map.of("field", field, "message", message)));
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }
}
