package org.shuzhi.warning.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.NotFoundException;
import org.shuzhi.warning.WarningColour;
import org.shuzhi.warning.WarningDraft;
import org.shuzhi.warning.WarningStatus;
import org.shuzhi.warning.WarningView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * REST API of warnings. Published (and updated, cancelled) warnings and the feed are public;
 * drafts, the list and every write need sign-in and the rights of {@link WarningRights}.
 */
@RestController
@RequestMapping("/api/v1/warnings")
@Tag(name = "warnings", description = "Warnings (预警) as CAP 1.2, JSON and Atom")
class WarningApiController {

  static final MediaType CAP = MediaType.parseMediaType(WarningFeed.CAP_TYPE + ";charset=UTF-8");
  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

  record CancelRequest(String reason) {}

  private final WarningService service;
  private final ReceivedWarnings received;
  private final WarningFeed feed;
  private final CurrentUsers users;
  private final MessageSource messages;

  WarningApiController(
      WarningService service,
      ReceivedWarnings received,
      WarningFeed feed,
      CurrentUsers users,
      MessageSource messages) {
    this.service = service;
    this.received = received;
    this.feed = feed;
    this.users = users;
    this.messages = messages;
  }

  @Operation(summary = "Warnings the caller may see (drafts only for their authors' roles)")
  @GetMapping
  List<WarningView> search(
      @RequestParam(required = false) WarningStatus status,
      @RequestParam(required = false) WarningColour colour,
      @RequestParam(required = false) String town,
      @RequestParam(defaultValue = "200") int limit) {
    return service.search(
        new WarningRepository.Filter(status, colour, town),
        users.require(),
        Math.max(1, Math.min(limit, 1000)));
  }

  @Operation(summary = "Atom feed of the warnings in force (public)")
  @GetMapping(value = "/feed", produces = "application/atom+xml")
  ResponseEntity<String> feed(Locale locale) {
    String title = messages.getMessage("warning.feed.title", null, locale);
    String body =
        feed.write(
            service.inForceRows(), base(), title, OffsetDateTime.now(WarningRepository.ZONE));
    return ResponseEntity.ok().contentType(ATOM).body(body);
  }

  @Operation(
      summary =
          "One warning (public once published): JSON, or its CAP 1.2 XML when the Accept header"
              + " asks for application/cap+xml or application/xml")
  @GetMapping("/{id}")
  ResponseEntity<?> get(
      @PathVariable long id, @RequestHeader(value = "Accept", required = false) String accept) {
    if (wantsXml(accept)) {
      return cap(id);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(service.find(id, users.find()).orElseThrow(() -> new NotFoundException("warning")));
  }

  /** XML only when asked for by name and JSON is not: a browser's or curl's default gets JSON. */
  static boolean wantsXml(String accept) {
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return (a.contains(WarningFeed.CAP_TYPE) || a.contains(MediaType.APPLICATION_XML_VALUE))
        && !a.contains(MediaType.APPLICATION_JSON_VALUE);
  }

  @GetMapping("/{id}.xml")
  ResponseEntity<String> cap(@PathVariable long id) {
    var w = service.visible(id, users.find()).orElseThrow(() -> new NotFoundException("warning"));
    return ResponseEntity.ok().contentType(CAP).body(service.xml(w));
  }

  @Operation(summary = "Save a new draft")
  @PostMapping
  ResponseEntity<WarningView> draft(@RequestBody WarningDraft draft) {
    WarningView created = service.draft(draft, users.require());
    return ResponseEntity.created(URI.create("/api/v1/warnings/" + created.id())).body(created);
  }

  @Operation(summary = "Change a draft")
  @PutMapping("/{id}")
  WarningView edit(@PathVariable long id, @RequestBody WarningDraft draft) {
    return service.editDraft(id, draft, users.require());
  }

  @Operation(summary = "Publish a draft (CAP msgType Alert)")
  @PostMapping("/{id}/publish")
  WarningView publish(@PathVariable long id) {
    return service.publish(id, users.require());
  }

  @Operation(
      summary = "Update a published warning (CAP msgType Update); 409 for a draft or cancelled")
  @PostMapping("/{id}/update")
  WarningView update(@PathVariable long id, @RequestBody WarningDraft draft) {
    return service.update(id, draft, users.require());
  }

  @Operation(
      summary = "Cancel a published warning (CAP msgType Cancel); 409 for a draft or cancelled")
  @PostMapping("/{id}/cancel")
  WarningView cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest request) {
    return service.cancel(id, request == null ? null : request.reason(), users.require());
  }

  @Operation(
      summary =
          "Receive a CAP 1.2 message from another sender: validated against the OASIS schema"
              + " (400 with line, column and problem otherwise), stored once per sender and"
              + " identifier")
  @PostMapping(
      value = "/received",
      consumes = {WarningFeed.CAP_TYPE, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
  ResponseEntity<WarningRepository.Received> receive(@RequestBody String xml) {
    var outcome = received.receive(xml, users.require());
    return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(outcome.warning());
  }

  @GetMapping("/received")
  @ResponseStatus(HttpStatus.OK)
  List<WarningRepository.Received> receivedList() {
    return received.latest(users.require());
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
