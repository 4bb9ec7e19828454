package org.shuzhi.command.internal;

import java.util.List;
import java.util.Locale;
import org.shuzhi.platform.ConflictException;
import org.shuzhi.platform.InvalidInputException;
import org.shuzhi.platform.ProblemMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A refused save as the lines a form shows above its fields: the same messages the API returns,
 * each prefixed with the label of the field it is about ({@code command.form.<field>}), so "必填"
 * says which field is missing.
 */
@Component
public class FormErrors {

  private final ProblemMessages problems;
  private final MessageSource messages;

  FormErrors(ProblemMessages problems, MessageSource messages) {
    this.problems = problems;
    this.messages = messages;
  }

  public List<String> of(RuntimeException e, Locale locale) {
    if (e instanceof InvalidInputException invalid) {
      return invalid.violations().stream()
          .map(
              v -> {
                String text = problems.of(v, locale);
                String label =
                    v.field() == null
                        ? null
                        : messages.getMessage("command.form." + v.field(), null, null, locale);
                return label == null
                    ? text
                    : messages.getMessage("command.form.error", new Object[] {label, text}, locale);
              })
          .toList();
    }
    if (e instanceof ConflictException conflict) {
      return problems.of(conflict, locale);
    }
    throw e;
  }
}
