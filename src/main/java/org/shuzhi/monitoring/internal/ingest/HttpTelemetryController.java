package org.shuzhi.monitoring.internal.ingest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/telemetry/{deviceCode}} with the MQTT payload as body and the device token as
 * Bearer. The answer comes after the commit: 200 stored, 4xx refused (and dead-lettered, except
 * authentication failures, whose payload is not trusted enough to keep), 503 with Retry-After when
 * the buffer is full or the commit takes too long (the device sends again; duplicates are stored
 * once). The body is read up to the size limit only.
 */
@RestController
class HttpTelemetryController {

  private final IngestPipeline pipeline;
  private final TelemetryProperties settings;
  private final MessageSource messages;

  HttpTelemetryController(
      IngestPipeline pipeline, TelemetryProperties settings, MessageSource messages) {
    this.pipeline = pipeline;
    this.settings = settings;
    this.messages = messages;
  }

  @PostMapping("/api/v1/telemetry/{deviceCode}")
  ResponseEntity<?> ingest(
      @PathVariable String deviceCode, HttpServletRequest request, Locale locale)
      throws IOException, InterruptedException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    String token =
        header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
            ? header.substring(7).trim()
            : null;
    Optional<KnownDevice> device = pipeline.devices().known(deviceCode);
    if (token == null
        || device.isEmpty()
        || !device.get().enabled()
        || !pipeline.devices().tokenMatches(device.get(), token)) {
      ProblemDetail problem =
          problem(HttpStatus.UNAUTHORIZED, "monitoring.ingest.unauthorized", locale);
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    int limit = settings.maxPayloadBytes();
    byte[] payload;
    try (InputStream in = request.getInputStream()) {
      payload = in.readNBytes(limit + 1);
    }
    long declared = request.getContentLengthLong();
    int size =
        payload.length > limit
            ? (int) Math.min(Integer.MAX_VALUE, Math.max(declared, payload.length))
            : payload.length;
    CompletableFuture<Acknowledgement.Outcome> result = new CompletableFuture<>();
    Acknowledgement ack =
        new Acknowledgement() {
          @Override
          public void completed(Outcome outcome) {
            result.complete(outcome);
          }

          @Override
          public void abandoned() {
            result.cancel(false);
          }
        };
    IngestPipeline.Admission admission =
        pipeline.offer(IngestSource.HTTP, deviceCode, payload, size, ack);
    if (admission != IngestPipeline.Admission.QUEUED) {
      return unavailable(locale);
    }
    Acknowledgement.Outcome outcome;
    try {
      outcome = result.get(settings.httpWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException | java.util.concurrent.CancellationException e) {
      return unavailable(locale);
    }
    if (outcome.stored()) {
      return ResponseEntity.ok(Map.of("values", outcome.values()));
    }
    HttpStatus status =
        switch (outcome.rejected()) {
          case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
          case RATE_EXCEEDED -> HttpStatus.TOO_MANY_REQUESTS;
          default -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    ProblemDetail problem =
        problem(status, "monitoring.deadLetter.reason." + outcome.rejected().name(), locale);
    problem.setProperty("reason", outcome.rejected().name());
    problem.setProperty("technicalDetail", outcome.detail());
    var response = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (status == HttpStatus.TOO_MANY_REQUESTS) {
      response = response.header(HttpHeaders.RETRY_AFTER, "1");
    }
    return response.body(problem);
  }

  private ResponseEntity<ProblemDetail> unavailable(Locale locale) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Duration.ofSeconds(1).toSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "monitoring.ingest.busy", locale));
  }

  private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, key, locale));
    p.setType(URI.create("about:blank"));
    return p;
  }
}
