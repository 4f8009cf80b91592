package org.agreementtracker.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agreementtracker.shared.ForbiddenException;
import org.agreementtracker.shared.InvalidFormDataException;
import org.agreementtracker.shared.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of our API as the same JSON: status, error, a message saying what is wrong
 * and, for invalid data, every broken rule. Never a stack trace, never a 500 for the
 * caller's mistake.
 */
@RestControllerAdvice(basePackages = "org.agreementtracker")
class ApiErrors {

    @ExceptionHandler(InvalidFormDataException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidFormDataException ex) {
        return body(HttpStatus.BAD_REQUEST, "The data is invalid", ex.errors());
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
    ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
        String message = ex instanceof HttpMessageNotReadableException
                ? "The request body is not valid JSON of the expected shape" : ex.getMessage();
        return body(HttpStatus.BAD_REQUEST, message, List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is too large: " + ex.getMessage(), List.of());
    }

    @ExceptionHandler(org.agreementtracker.shared.TooLargeException.class)
    ResponseEntity<Map<String, Object>> tooLargeForUs(org.agreementtracker.shared.TooLargeException ex) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, ex.getMessage(), List.of());
    }

    @ExceptionHandler(org.agreementtracker.shared.ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(org.agreementtracker.shared.ConflictException ex) {
        return body(HttpStatus.CONFLICT, ex.getMessage(), ex.conflicts());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, ex.getMessage(), List.of());
    }

    @ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
    ResponseEntity<Map<String, Object>> notFound(Exception ex) {
        return body(HttpStatus.NOT_FOUND, ex instanceof NotFoundException ? ex.getMessage() : "No such resource",
                List.of());
    }

    @ExceptionHandler({ ForbiddenException.class, AuthorizationException.class })
    ResponseEntity<Map<String, Object>> forbidden(RuntimeException ex) {
        return body(HttpStatus.FORBIDDEN, ex.getMessage(), List.of());
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<Map<String, Object>> conflict(OptimisticLockingException ex) {
        return body(HttpStatus.CONFLICT, "Someone else changed this at the same time; reload and try again", List.of());
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, List<String> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", status.getReasonPhrase());
        body.put("message", message);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return ResponseEntity.status(status).body(body);
    }

}
