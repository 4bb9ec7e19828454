package org.shuzhi.hazard.internal;

import org.shuzhi.hazard.internal.HazardViews.Photo;
import org.shuzhi.identity.CurrentUsers;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Evidence photos for the pages. Each request checks the hazard is in the caller's data scope; the
 * content type is the one detected at upload, and the browser is told not to sniff another.
 */
@Controller
@PreAuthorize(HazardPageController.BUSINESS_ROLES)
class HazardEvidenceController {

  private final HazardService service;
  private final CurrentUsers users;

  HazardEvidenceController(HazardService service, CurrentUsers users) {
    this.service = service;
    this.users = users;
  }

  @GetMapping("/hazards/{id}/evidence/{evidenceId}")
  ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long evidenceId) {
    return photoResponse(service.photo(id, evidenceId, users.require()));
  }

  static ResponseEntity<byte[]> photoResponse(Photo photo) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noStore().cachePrivate())
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.content());
  }
}
