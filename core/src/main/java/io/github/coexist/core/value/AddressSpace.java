package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * One entry of a Send connector's {@code -AddressSpaces}: {@code [type:]address[;cost]}.
 *
 * <pre>{@code
 * AddressSpace.parse("contoso.com").toString();          // "SMTP:contoso.com;1"
 * AddressSpace.parse("smtp:*.Contoso.com; 5").toString(); // "SMTP:*.contoso.com;5"
 * AddressSpace.parse("*").smtpDomain();                   // Optional[*]
 * AddressSpace.parse("X400:c=US;a= ;p=Contoso;o=Exchange;20").address(); // "c=US;a= ;p=Contoso;o=Exchange"
 * }</pre>
 *
 * <p>The type defaults to {@code SMTP} and is printed in upper case; the cost is 1..100 and
 * defaults to 1; the canonical form always shows both. An SMTP address is an {@link SmtpDomain}
 * ({@code *}, {@code *.com} and {@code *.contoso.com} are valid; {@code *contoso.com} is not).
 * Other types (X400, NOTES, ...) keep the address as written, minus surrounding spaces; since X.400
 * addresses contain {@code ;}, their cost is the last {@code ;}-part only when it is a number. A
 * non-SMTP address must be printable ASCII without {@code ' " `} or {@code $}. Address spaces order
 * by type, address and cost.
 */
public final class AddressSpace implements Comparable<AddressSpace> {
  private static final String THING = "an address space";
  private static final String SMTP = "SMTP";

  private static final Comparator<AddressSpace> ORDER =
      Comparator.comparing(AddressSpace::type)
          .thenComparing(AddressSpace::address)
          .thenComparingInt(AddressSpace::cost);

  private final String type;
  private final String address;
  private final SmtpDomain smtpDomain;
  private final int cost;

  private AddressSpace(String type, String address, SmtpDomain smtpDomain, int cost) {
    this.type = type;
    this.address = address;
    this.smtpDomain = smtpDomain;
    this.cost = cost;
  }

  /**
   * Reads {@code SMTP:contoso.com;1}, {@code contoso.com}, {@code contoso.com;2}, {@code *.com},
   * {@code X400:...;5}; the type is read case-insensitively, and spaces around the parts are
   * ignored.
   *
   * @throws InvalidValueException if the text is not an address space
   */
  public static AddressSpace parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    int colon = s.indexOf(':');
    String type = SMTP;
    String rest = s;
    if (colon >= 0) {
      type = Texts.stripSpaces(s.substring(0, colon));
      String why = typeProblem(type);
      if (why != null) {
        throw new InvalidValueException(THING, text, why);
      }
      type = type.toUpperCase(Locale.ROOT);
      rest = s.substring(colon + 1);
    }
    String addressText = rest;
    String costText = null;
    if (type.equals(SMTP)) {
      int semicolon = rest.indexOf(';');
      if (semicolon >= 0) {
        addressText = rest.substring(0, semicolon);
        costText = rest.substring(semicolon + 1);
      }
    } else {
      int semicolon = rest.lastIndexOf(';');
      if (semicolon >= 0 && looksLikeCost(rest.substring(semicolon + 1))) {
        addressText = rest.substring(0, semicolon);
        costText = rest.substring(semicolon + 1);
      }
    }
    addressText = Texts.stripSpaces(addressText);
    if (addressText.isEmpty()) {
      throw new InvalidValueException(THING, text, "missing address");
    }
    int cost = 1;
    if (costText != null) {
      cost = parseCost(Texts.stripSpaces(costText));
      if (cost < 0) {
        throw new InvalidValueException(THING, text, "cost must be 1..100");
      }
    }
    if (type.equals(SMTP)) {
      try {
        return smtp(SmtpDomain.parse(addressText), cost);
      } catch (InvalidValueException e) {
        throw e.as(THING, text);
      }
    }
    int bad = Texts.firstOutside(addressText, "'\"`$");
    if (bad >= 0) {
      throw new InvalidValueException(
          THING, text, "character " + Texts.describe(bad) + " not allowed in the address");
    }
    return new AddressSpace(type, addressText, null, cost);
  }

  static String typeProblem(String type) {
    if (type.isEmpty()) {
      return "empty address type";
    }
    for (int i = 0; i < type.length(); ) {
      int cp = type.codePointAt(i);
      if (cp >= 0x80 || !(Texts.isAsciiLetterOrDigit((char) cp) || cp == '-' || cp == '_')) {
        return "character " + Texts.describe(cp) + " not allowed in the address type";
      }
      i += Character.charCount(cp);
    }
    return null;
  }

  private static boolean looksLikeCost(String text) {
    String t = Texts.stripSpaces(text);
    if (t.startsWith("+") || t.startsWith("-")) {
      t = t.substring(1);
    }
    return Texts.isAsciiDigits(t);
  }

  /** The cost 1..100, or -1. */
  private static int parseCost(String text) {
    if (text.length() > 3 || !Texts.isAsciiDigits(text)) {
      return -1;
    }
    int cost = Integer.parseInt(text);
    return cost >= 1 && cost <= 100 ? cost : -1;
  }

  /**
   * The SMTP address space of {@code domain} with {@code cost}.
   *
   * @throws InvalidValueException if the cost is outside 1..100
   */
  public static AddressSpace smtp(SmtpDomain domain, int cost) {
    requireNonNull(domain, "domain");
    if (cost < 1 || cost > 100) {
      throw new InvalidValueException(
          THING, SMTP + ":" + domain + ";" + cost, "cost must be 1..100");
    }
    return new AddressSpace(SMTP, domain.toString(), domain, cost);
  }

  /** The SMTP address space of {@code domain} with the default cost 1. */
  public static AddressSpace smtp(SmtpDomain domain) {
    return smtp(domain, 1);
  }

  /** The address type in upper case: {@code SMTP}, {@code X400}, ... */
  public String type() {
    return type;
  }

  /** Whether the type is SMTP. */
  public boolean isSmtp() {
    return smtpDomain != null;
  }

  /** The address: the canonical domain for SMTP, the text as written for other types. */
  public String address() {
    return address;
  }

  /** The domain of an SMTP address space (may be a wildcard or {@code *}); empty otherwise. */
  public Optional<SmtpDomain> smtpDomain() {
    return Optional.ofNullable(smtpDomain);
  }

  /** The cost, 1..100 (1 if none was written). */
  public int cost() {
    return cost;
  }

  /** By type, then address text, then cost. */
  @Override
  public int compareTo(AddressSpace other) {
    requireNonNull(other, "other");
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AddressSpace that)) {
      return false;
    }

    return type.equals(that.type) && address.equals(that.address) && cost == that.cost;
  }

  @Override
  public int hashCode() {
    return (type.hashCode() * 31 + address.hashCode()) * 31 + cost;
  }

  /** The canonical text, always with type and cost: {@code SMTP:contoso.com;1}. */
  @Override
  public String toString() {
    return type + ":" + address + ";" + cost;
  }
}
