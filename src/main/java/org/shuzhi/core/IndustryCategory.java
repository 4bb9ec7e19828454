package org.shuzhi.core;

import java.util.Locale;

/**
 * One row of the GB/T 4754-2017 catalogue: a section (门类, code {@code A}–{@code T}) or a division
 * (大类, code {@code 01}–{@code 97}) with its Chinese and English names.
 */
public record IndustryCategory(String code, String nameZh, String nameEn) {

  /** English for an English locale, otherwise Chinese (the platform's default language). */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public boolean isSection() {
    return code.length() == 1;
  }
}
