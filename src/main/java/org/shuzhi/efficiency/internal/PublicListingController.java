package org.shuzhi.efficiency.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** The public 公示 page and its JSON, open without sign-in ({@code /public/**}, PublicApiReads). */
@Controller
class PublicListingController {

  private final PublicListing listing;

  PublicListingController(PublicListing listing) {
    this.listing = listing;
  }

  @GetMapping("/public/efficiency/{year}")
  String page(
      @PathVariable int year,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    if (page < 0) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      model.addAttribute("year", year);
      model.addAttribute("listing", listing.listing(year, q, page).orElse(null));
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    return "efficiency/public";
  }

  @Operation(summary = "The year's publicised classes: name, group and class only (no sign-in)")
  @GetMapping("/api/v1/public/efficiency/{year}")
  @ResponseBody
  PublicListing.Listing api(
      @PathVariable int year,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page) {
    return listing.listing(year, q, page).orElseThrow(() -> new NotFoundException("listing"));
  }
}
