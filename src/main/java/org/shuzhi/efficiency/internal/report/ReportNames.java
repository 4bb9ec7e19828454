package org.shuzhi.efficiency.internal.report;

import java.util.Locale;
import org.shuzhi.area.AreaDirectory;
import org.shuzhi.area.Town;
import org.shuzhi.core.IndustryCatalogue;
import org.shuzhi.core.IndustryCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names shown instead of codes: towns from the area module, GB/T 4754-2017 divisions from the core
 * catalogue, indicators and their units from the messages. An unknown code is shown as it is.
 */
@Component
class ReportNames {

  private final AreaDirectory areas;
  private final IndustryCatalogue industries;
  private final MessageSource messages;

  ReportNames(AreaDirectory areas, IndustryCatalogue industries, MessageSource messages) {
    this.areas = areas;
    this.industries = industries;
    this.messages = messages;
  }

  String town(String code) {
    if (code == null) {
      return null;
    }
    return areas.town(code).map(Town::name).orElse(code);
  }

  /** The division (大类) of a code such as C2614 → "C26 化学原料和化学制品制造业". */
  String division(String industryCode, Locale locale) {
    if (industryCode == null || industryCode.isBlank()) {
      return null;
    }
    try {
      IndustryCode division = IndustryCode.parse(industryCode).toDivision();
      return division.value() + " " + industries.divisionName(division, locale);
    } catch (RuntimeException e) {
      return industryCode;
    }
  }

  String indicator(String code, Locale locale) {
    return messages.getMessage("efficiency.indicator." + code, null, code, locale);
  }

  String unit(String code, Locale locale) {
    return messages.getMessage("efficiency.results.unit." + code, null, "", locale);
  }

  String group(String group, Locale locale) {
    return messages.getMessage("efficiency.group." + group, null, group, locale);
  }

  String message(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }
}
