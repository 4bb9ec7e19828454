package org.shuzhi.platform.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the REST API, with field names and messages in the caller's language
 * (Accept-Language or the language cookie). Page controllers are not affected: their errors go to
 * the error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private final MessageSource messages;

  ApiProblemHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, Object>> errors =
        e.violations().stream()
            .map(
                v ->
                    Map.<String, Object>of(
                        "field",
                        v.field() == null ? "" : v.field(),
                        "message",
                        messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale)))
            .toList();
    ProblemDetail problem = validationProblem(locale);
    problem.setDetail((String) errors.get(0).get("message"));
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return localized(HttpStatus.NOT_FOUND, "error.404");
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = localized(HttpStatus.CONFLICT, "error.409");
    problem.setDetail(
        messages.getMessage(
            e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
    return problem;
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return localized(HttpStatus.FORBIDDEN, "error.403");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    List<Map<String, Object>> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.<String, Object>of(
                        "field", f.getField(), "message", messages.getMessage(f, locale)))
            .toList();
    ProblemDetail problem = validationProblem(locale);
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Locale locale = LocaleContextHolder.getLocale();
    ProblemDetail problem = validationProblem(locale);
    problem.setDetail(messages.getMessage("problem.unreadable", null, locale));
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
        .body(localized(HttpStatus.CONTENT_TOO_LARGE, "error.413"));
  }

  private ProblemDetail validationProblem(Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
    problem.setDetail(messages.getMessage("problem.validation.detail", null, locale));
    return problem;
  }

  private ProblemDetail localized(HttpStatus status, String key) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setDetail(messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    return problem;
  }
}
