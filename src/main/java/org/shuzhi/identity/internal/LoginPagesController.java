package org.shuzhi.identity.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.servlet.http.HttpSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page and the steps after the password: TOTP enrolment/verification, password change.
 */
@Controller
class LoginPagesController {

  private final AccountService accounts;
  private final MessageSource messages;
  private final ProblemMessages problems;

  LoginPagesController(AccountService accounts, MessageSource messages, ProblemMessages problems) {
    this.accounts = accounts;
    this.messages = messages;
    this.problems = problems;
  }

  @GetMapping("/login")
  String login() {
    return "identity/login";
  }

  @GetMapping("/mfa/enrol")
  String enrol(Principal principal, Model model) {
    String secret = accounts.startTotpEnrolment(principal.getName());
    model.addAttribute("secret", secret);
    model.addAttribute("qr", qrDataUri(accounts.otpauthUri(principal.getName(), secret)));
    return "identity/mfa-enrol";
  }

  @PostMapping("/mfa/enrol")
  String confirmEnrolment(
      Principal principal, @RequestParam String code, HttpSession session, Model model) {
    if (!accounts.verifyTotp(principal.getName(), code)) {
      model.addAttribute("error", message("identity.mfa.codeWrong"));
      return enrol(principal, model);
    }
    return done(session, LoginStep.MFA_ENROL);
  }

  @GetMapping("/mfa")
  String verifyPage() {
    return "identity/mfa";
  }

  @PostMapping("/mfa")
  String verify(Principal principal, @RequestParam String code, HttpSession session, Model model) {
    if (!accounts.verifyTotp(principal.getName(), code)) {
      model.addAttribute("error", message("identity.mfa.codeWrong"));
      return "identity/mfa";
    }
    return done(session, LoginStep.MFA_VERIFY);
  }

  @GetMapping("/account/password")
  String passwordPage() {
    return "identity/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      Principal principal,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      @RequestParam String repeatPassword,
      HttpSession session,
      Model model) {
    try {
      accounts.changePassword(principal.getName(), currentPassword, newPassword, repeatPassword);
    } catch (InvalidInputException e) {
      model.addAttribute("errors", problems.of(e, LocaleContextHolder.getLocale()));
      return "identity/password";
    }
    return done(session, LoginStep.PASSWORD_CHANGE);
  }

  private String done(HttpSession session, LoginStep step) {
    @SuppressWarnings("unchecked")
    Set<LoginStep> pending = (Set<LoginStep>) session.getAttribute(LoginStep.SESSION_ATTRIBUTE);
    if (pending != null) {
      EnumSet<LoginStep> rest =
          pending.isEmpty() ? EnumSet.noneOf(LoginStep.class) : EnumSet.copyOf(pending);
      rest.remove(step);
      if (!rest.isEmpty()) {
        session.setAttribute(LoginStep.SESSION_ATTRIBUTE, rest);
        return "redirect:" + rest.iterator().next().path();
      }
      session.removeAttribute(LoginStep.SESSION_ATTRIBUTE);
    }
    return "redirect:/";
  }

  private String message(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }

  private static String qrDataUri(String content) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 240, 240);
      BufferedImage image =
          new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < matrix.getWidth(); x++) {
        for (int y = 0; y < matrix.getHeight(); y++) {
          image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
        }
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("QR code", e);
    }
  }
}
