package io.github.coexist.license;

import com.google.common.collect.ImmutableList;
import com.google.common.net.InternetDomainName;
import io.github.coexist.core.model.LicenseType;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of a license file and the rules for their values, shared by the parser (which reports
 * a line and column) and by {@link License}'s builder (which throws).
 */
final class LicenseFields {
  static final String FORMAT = "format";
  static final String ID = "id";
  static final String PRODUCT = "product";
  static final String TYPE = "type";
  static final String LICENSEE = "licensee";
  static final String PROCESS_DOMAIN = "process-domain";
  static final String ADMIN_EMAIL = "admin-email";
  static final String GENERATED = "generated";
  static final String EXPIRES = "expires";
  static final String FEATURE_PREFIX = "feature.";
  static final String KEY_ID = "key-id";
  static final String SIGNATURE = "signature";

  /** The required fields between the format line and the key id, in the order the issuer writes. */
  static final ImmutableList<String> REQUIRED =
      ImmutableList.of(
          ID, PRODUCT, TYPE, LICENSEE, PROCESS_DOMAIN, ADMIN_EMAIL, GENERATED, EXPIRES);

  static final int MAX_ID = 64;
  static final int MAX_TEXT = 200;
  static final int MAX_PROCESS_DOMAIN = 64;
  static final int MAX_FEATURE_NAME = 32;
  static final int MAX_EMAIL = 254;

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String EMAIL_LOCAL_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-";

  private LicenseFields() {}

  static Optional<Flaw> id(String value) {
    if (value.isEmpty()) {
      return Optional.of(Flaw.at(0, "id is empty"));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = isAsciiLetterOrDigit(c) || (i > 0 && (c == '.' || c == '_' || c == '-'));
      if (!ok) {
        return Optional.of(
            Flaw.at(
                i,
                "id: "
                    + quote(value.codePointAt(i))
                    + " is not allowed (letters, digits, '.', '_', '-'; a letter or digit first)"));
      }
    }
    if (value.length() > MAX_ID) {
      return Optional.of(Flaw.at(MAX_ID, "id is longer than " + MAX_ID + " characters"));
    }
    return Optional.empty();
  }

  static Optional<Flaw> product(String value) {
    return value.equals(License.PRODUCT)
        ? Optional.empty()
        : Optional.of(Flaw.at(0, "product must be " + License.PRODUCT + ", found '" + value + "'"));
  }

  /** The exact lower-case spelling; the file is stricter than {@link LicenseType#fromKey}. */
  static Optional<LicenseType> type(String value) {
    for (LicenseType type : LicenseType.values()) {
      if (type.key().equals(value)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  static Flaw typeFlaw(String value) {
    return Flaw.at(0, "type must be " + LicenseType.keys() + ", found '" + value + "'");
  }

  static Optional<Flaw> licensee(String value) {
    return TextRules.freeText(LICENSEE, value, MAX_TEXT);
  }

  /** The Domino domain named by BTCal's BTPROCESSDOMAIN setting. */
  static Optional<Flaw> processDomain(String value) {
    Optional<Flaw> text = TextRules.freeText(PROCESS_DOMAIN, value, MAX_PROCESS_DOMAIN);
    if (text.isPresent()) {
      return text;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          isAsciiLetterOrDigit(c)
              || (i > 0 && (c == ' ' || c == '.' || c == '_' || c == '&' || c == '-'));
      if (!ok) {
        return Optional.of(
            Flaw.at(
                i,
                "process-domain: "
                    + quote(value.codePointAt(i))
                    + " is not allowed (letters, digits, space, '.', '_', '&', '-';"
                    + " a letter or digit first)"));
      }
    }
    return Optional.empty();
  }

  /** One address, {@code local@domain}; the domain is checked with Guava's InternetDomainName. */
  static Optional<Flaw> adminEmail(String value) {
    int at = value.indexOf('@');
    if (at < 0 || at != value.lastIndexOf('@')) {
      return Optional.of(
          Flaw.at(0, "admin-email must be one address like name@example.com: '" + value + "'"));
    }
    if (value.length() > MAX_EMAIL) {
      return Optional.of(
          Flaw.at(MAX_EMAIL, "admin-email is longer than " + MAX_EMAIL + " characters"));
    }
    String local = value.substring(0, at);
    if (local.isEmpty()) {
      return Optional.of(Flaw.at(0, "admin-email has nothing before '@'"));
    }
    for (int i = 0; i < local.length(); i++) {
      if (EMAIL_LOCAL_CHARS.indexOf(local.charAt(i)) < 0) {
        return Optional.of(
            Flaw.at(
                i, "admin-email: " + quote(local.codePointAt(i)) + " is not allowed before '@'"));
      }
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      return Optional.of(
          Flaw.at(0, "admin-email: dots before '@' must separate words: '" + local + "'"));
    }
    String domain = value.substring(at + 1);
    if (!InternetDomainName.isValid(domain) || InternetDomainName.from(domain).parts().size() < 2) {
      return Optional.of(
          Flaw.at(at + 1, "admin-email: '" + domain + "' is not an internet domain name"));
    }
    return Optional.empty();
  }

  static Optional<Flaw> featureName(String name) {
    if (name.isEmpty()) {
      return Optional.of(Flaw.at(0, "feature name is empty"));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '-'));
      if (!ok) {
        return Optional.of(
            Flaw.at(
                i,
                "feature name: "
                    + quote(name.codePointAt(i))
                    + " is not allowed (lower-case letters, digits, '-'; a letter first)"));
      }
    }
    if (name.length() > MAX_FEATURE_NAME) {
      return Optional.of(
          Flaw.at(
              MAX_FEATURE_NAME, "feature name is longer than " + MAX_FEATURE_NAME + " characters"));
    }
    return Optional.empty();
  }

  static Optional<Flaw> featureValue(String name, String value) {
    return TextRules.freeText(FEATURE_PREFIX + name, value, MAX_TEXT);
  }

  /** Parses {@code YYYY-MM-DD} strictly (four-digit year, a real calendar day). */
  static Optional<LocalDate> date(String value) {
    if (!DATE.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  static Flaw dateFlaw(String field, String value) {
    return DATE.matcher(value).matches()
        ? Flaw.at(0, field + " is not a calendar date: " + value)
        : Flaw.at(0, field + " must be a date YYYY-MM-DD, found '" + value + "'");
  }

  /**
   * The term: expiry after generation; a trial expires exactly {@link LicenseType#TRIAL_DAYS} days
   * after it is generated (the guide's section 8).
   */
  static Optional<String> term(LicenseType type, LocalDate generated, LocalDate expires) {
    // The file holds four-digit years only (DATE): a date past 9999 could be signed but never read.
    Optional<String> outside =
        yearOutside("generated", generated).or(() -> yearOutside("expires", expires));
    if (outside.isPresent()) {
      return outside;
    }
    if (!expires.isAfter(generated)) {
      return Optional.of("expires (" + expires + ") must be after generated (" + generated + ")");
    }
    LocalDate trialEnd = License.trialExpiry(generated);
    if (type == LicenseType.TRIAL && !expires.equals(trialEnd)) {
      return Optional.of(
          "a trial expires "
              + LicenseType.TRIAL_DAYS
              + " days after it is generated: expires must be "
              + trialEnd
              + ", found "
              + expires);
    }
    return Optional.empty();
  }

  private static Optional<String> yearOutside(String field, LocalDate day) {
    return day.getYear() < 1 || day.getYear() > 9999
        ? Optional.of(
            field + " (" + day + ") is outside the years 0001 to 9999 a license file can hold")
        : Optional.empty();
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** {@code 'x'}, or the code point's notation for a space or an invisible character. */
  static String quote(int cp) {
    if (cp == ' ') {
      return "space";
    }
    if (TextRules.isForbidden(cp) || Character.isWhitespace(cp)) {
      return TextRules.codePoint(cp);
    }
    return "'" + new String(Character.toChars(cp)) + "'";
  }
}
