package org.shuzhi.risk.internal.majorhazard;

import java.util.regex.Pattern;

/**
 * CAS Registry Numbers: 2–7 digits, 2 digits, 1 check digit; the check digit is the sum of the
 * other digits weighted 1, 2, 3… from the right, modulo 10 (CAS "Check Digit Verification").
 */
final class CasNumber {

  private static final Pattern FORMAT = Pattern.compile("\\d{2,7}-\\d{2}-\\d");

  private CasNumber() {}

  static boolean valid(String cas) {
    if (cas == null || !FORMAT.matcher(cas).matches()) {
      return false;
    }
    String digits = cas.replace("-", "");
    int check = digits.charAt(digits.length() - 1) - '0';
    int sum = 0;
    for (int i = digits.length() - 2, weight = 1; i >= 0; i--, weight++) {
      sum += (digits.charAt(i) - '0') * weight;
    }
    return sum % 10 == check;
  }
}
