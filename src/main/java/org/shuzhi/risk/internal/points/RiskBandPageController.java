package org.shuzhi.risk.internal.points;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.shuzhi.identity.CurrentUsers;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.shuzhi.risk.RiskBand;
import org.shuzhi.risk.RiskColour;
import org.shuzhi.risk.RiskPointMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The system administrator's page for the colour bands of LEC and LS. */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class RiskBandPageController {

  private final RiskBandService bands;
  private final CurrentUsers users;
  private final ProblemMessages messages;

  RiskBandPageController(RiskBandService bands, CurrentUsers users, ProblemMessages messages) {
    this.bands = bands;
    this.users = users;
    this.messages = messages;
  }

  @GetMapping("/risk/bands")
  String page(Model model) {
    model.addAttribute("lec", bands.current(RiskPointMethod.LEC));
    model.addAttribute("ls", bands.current(RiskPointMethod.LS));
    return "risk/points/bands";
  }

  @PostMapping("/risk/bands/{method}")
  String save(
      @PathVariable RiskPointMethod method,
      @RequestParam List<String> bound,
      @RequestParam(required = false) List<String> inclusive,
      Model model,
      Locale locale) {
    try {
      List<RiskColour> colours = List.of(RiskColour.RED, RiskColour.ORANGE, RiskColour.YELLOW);
      if (bound.size() != colours.size()) {
        throw new InvalidInputException("bands", "risk.points.bands.incomplete");
      }
      List<String> inclusiveColours = inclusive == null ? List.of() : inclusive;
      List<RiskBand> proposed =
          java.util.stream.IntStream.range(0, colours.size())
              .mapToObj(
                  i ->
                      new RiskBand(
                          colours.get(i),
                          number(bound.get(i), colours.get(i).name()),
                          inclusiveColours.contains(colours.get(i).name())))
              .toList();
      bands.replace(method, proposed, users.require());
      return "redirect:/risk/bands?saved=" + method.name();
    } catch (InvalidInputException e) {
      model.addAttribute("errors", messages.of(e, locale));
      return page(model);
    }
  }

  private static BigDecimal number(String text, String field) {
    try {
      return new BigDecimal(text.trim());
    } catch (RuntimeException e) {
      throw new InvalidInputException(field, "risk.points.number.invalid", text);
    }
  }
}
