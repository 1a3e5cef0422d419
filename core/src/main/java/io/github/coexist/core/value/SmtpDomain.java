package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SMTP domain as Exchange's {@code SmtpDomainWithSubdomains} takes it: an RFC 1035 name, an
 * optional leading {@code *.} (the domain's subdomains), or the bare {@code *} (every domain).
 *
 * <pre>{@code
 * SmtpDomain.parse("Contoso.COM").toString();           // "contoso.com"
 * SmtpDomain.parse("*.contoso.com").isWildcard();        // true
 * SmtpDomain.parse("bücher.de").toString();              // "xn--bcher-kva.de"
 * SmtpDomain.parse("*.contoso.com").covers(SmtpDomain.parse("mail.contoso.com")); // true
 * SmtpDomain.parse("*.contoso.com").covers(SmtpDomain.parse("contoso.com"));      // false
 * }</pre>
 *
 * <p>Rules: labels of letters, digits and hyphens, no leading or trailing hyphen, at most 63
 * characters each and 253 in all (counting a leading {@code *.}); the last label does not start
 * with a digit (so {@code 10.1.1.1} is not a domain); no trailing dot. Single-label names ({@code
 * localhost}, {@code com}) are accepted, since {@code *.com} is a valid Exchange address space.
 * Internationalised names are converted to A-labels with {@link IDN#toASCII(String, int)} (STD3
 * rules), and the canonical form is lower case.
 */
public final class SmtpDomain implements Comparable<SmtpDomain> {
  private static final String THING = "an SMTP domain";
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABEL = 63;

  /** The bare {@code *}: every domain. */
  public static final SmtpDomain STAR = new SmtpDomain("*");

  private final String text;
  // Made when first asked: most domains are only compared and printed. Immutable, so a race makes
  // an equal list twice at worst.
  private List<String> labels;

  private SmtpDomain(String text) {
    this.text = text;
  }

  /**
   * Reads a domain of a connector's domain list, in either form Exchange uses there: the domain
   * ({@code contoso.com}) as {@code Set-InboundConnector -SenderDomains} takes it, or the SMTP
   * address space ({@code smtp:contoso.com;1}, {@code SMTP:*;1}) as {@code Get-InboundConnector}
   * prints it. Both read as the same domain, so a plan and a live read agree (Microsoft365DSC
   * reported false drift over the two forms, its issue #2180).
   *
   * <pre>{@code
   * SmtpDomain.parseDomainOrAddressSpace("smtp:Contoso.com;1"); // contoso.com
   * SmtpDomain.parseDomainOrAddressSpace("SMTP:*;1");           // *
   * }</pre>
   *
   * @throws InvalidValueException for another address type ({@code X400:...}) or a cost other than
   *     1: the connector keeps a domain, not a cost, so either would be lost without a word
   */
  public static SmtpDomain parseDomainOrAddressSpace(String text) {
    requireNonNull(text, "text");
    if (text.indexOf(':') < 0 && text.indexOf(';') < 0) {
      return parse(text);
    }
    AddressSpace space;
    try {
      space = AddressSpace.parse(text);
    } catch (InvalidValueException e) {
      throw e.as(THING, text);
    }
    if (!space.isSmtp()) {
      throw new InvalidValueException(
          THING, text, "only an SMTP address space names a domain, not " + space.type());
    }
    if (space.cost() != 1) {
      throw new InvalidValueException(
          THING,
          text,
          "cost " + space.cost() + " has no meaning in a list of domains, where Exchange prints 1");
    }
    return space.smtpDomain().orElseThrow();
  }

  /**
   * Reads a domain such as {@code contoso.com}, {@code *.contoso.com} or {@code *}; surrounding
   * spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a domain
   */
  public static SmtpDomain parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    if (s.equals("*")) {
      return STAR;
    }
    boolean wildcard = s.startsWith("*.");
    String name = wildcard ? s.substring(2) : s;
    if (name.indexOf('*') >= 0) {
      throw new InvalidValueException(
          THING, text, "a wildcard is allowed only as a leading \"*.\"");
    }
    if (wildcard && name.isEmpty()) {
      throw new InvalidValueException(THING, text, "nothing after \"*.\"");
    }
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (!isNameCharacter(cp)) {
        throw new InvalidValueException(
            THING, text, "character " + Texts.describe(cp) + " not allowed");
      }
      i += Character.charCount(cp);
    }
    if (name.endsWith(".")) {
      throw new InvalidValueException(THING, text, "a trailing dot is not allowed");
    }
    String canonical = isAscii(name) ? asciiName(name, text) : internationalName(name, text);
    if (wildcard) {
      canonical = "*." + canonical;
    }
    if (canonical.length() > MAX_LENGTH) {
      throw new InvalidValueException(THING, text, "longer than 253 characters");
    }
    char last = canonical.charAt(canonical.lastIndexOf('.') + 1);
    if (last >= '0' && last <= '9') {
      throw new InvalidValueException(THING, text, "the last label starts with a digit");
    }
    return new SmtpDomain(canonical);
  }

  /**
   * The lower case of an ASCII name whose characters are letters, digits, hyphens and dots, after
   * the label checks in label order. One pass and no label strings: a snapshot parses every domain
   * of an organisation.
   */
  private static String asciiName(String name, String text) {
    int start = 0;
    while (start <= name.length()) {
      int end = name.indexOf('.', start);
      if (end < 0) {
        end = name.length();
      }
      if (end == start) {
        throw new InvalidValueException(THING, text, "empty label");
      }
      if (end - start > MAX_LABEL) {
        throw new InvalidValueException(THING, text, "label longer than 63 characters");
      }
      if (name.charAt(start) == '-' || name.charAt(end - 1) == '-') {
        throw new InvalidValueException(
            THING,
            text,
            "label "
                + Texts.quote(Ascii.toLowerCase(name.substring(start, end)))
                + " starts or ends with a hyphen");
      }
      start = end + 1;
    }
    return Ascii.toLowerCase(name);
  }

  /** The A-label form of a name with a non-ASCII label, label by label. */
  private static String internationalName(String name, String text) {
    List<String> labels = new ArrayList<>();
    for (String label : name.split("\\.", -1)) {
      if (label.isEmpty()) {
        throw new InvalidValueException(THING, text, "empty label");
      }
      labels.add(toAsciiLabel(label, text));
    }
    return String.join(".", labels);
  }

  private static boolean isNameCharacter(int cp) {
    if (cp < 0x80) {
      return Texts.isAsciiLetterOrDigit((char) cp) || cp == '-' || cp == '.';
    }
    // Letters, digits and combining marks of internationalised names; never spaces, punctuation
    // (ideographic full stops, quotes), symbols, controls or format characters (bidi marks).
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  // A plain loop, not CharMatcher.ascii() (a matcher call per character): a snapshot parses every
  // domain of an organisation.
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String toAsciiLabel(String label, String text) {
    String ascii = label;
    if (!isAscii(label)) {
      if (!Character.isLetterOrDigit(label.codePointAt(0))) {
        throw new InvalidValueException(
            THING, text, "label " + Texts.quote(label) + " starts with a combining mark");
      }
      try {
        ascii = IDN.toASCII(label, IDN.USE_STD3_ASCII_RULES);
      } catch (IllegalArgumentException e) {
        throw new InvalidValueException(
            THING, text, "label " + Texts.quote(label) + " is not a valid internationalized name");
      }
      if (ascii.isEmpty() || ascii.indexOf('.') >= 0) {
        throw new InvalidValueException(
            THING, text, "label " + Texts.quote(label) + " is not a valid internationalized name");
      }
      // IDNA2003 maps as well as encodes (ß -> ss, full-width letters -> ASCII): another domain
      // than the one written. As IDNA2008 (RFC 5891, 5.3-5.4) does, only a label that reads back
      // as itself (case aside) is accepted.
      String back = IDN.toUnicode(ascii, IDN.USE_STD3_ASCII_RULES);
      if (!back.equals(label.toLowerCase(Locale.ROOT))) {
        throw new InvalidValueException(
            THING,
            text,
            "label "
                + Texts.quote(label)
                + " would become "
                + Texts.quote(back)
                + " ("
                + ascii
                + "), another name; write the name that is meant");
      }
    }
    ascii = Ascii.toLowerCase(ascii);
    if (ascii.length() > MAX_LABEL) {
      throw new InvalidValueException(THING, text, "label longer than 63 characters");
    }
    if (ascii.startsWith("-") || ascii.endsWith("-")) {
      throw new InvalidValueException(
          THING, text, "label " + Texts.quote(ascii) + " starts or ends with a hyphen");
    }
    return ascii;
  }

  /** Whether this is {@code *.}<i>domain</i>: the subdomains of a domain. */
  public boolean isWildcard() {
    return text.startsWith("*.");
  }

  /** Whether this is the bare {@code *}: every domain. */
  public boolean isStar() {
    return text.equals("*");
  }

  /**
   * The domain without a leading {@code *.}; this domain itself if it has none (and for {@code *}).
   */
  public SmtpDomain base() {
    return isWildcard() ? new SmtpDomain(text.substring(2)) : this;
  }

  /**
   * Whether an address space or remote domain of this domain applies to mail for {@code other}.
   *
   * <ul>
   *   <li>{@code *} covers every domain, wildcards included.
   *   <li>{@code *.contoso.com} covers {@code mail.contoso.com}, {@code a.b.contoso.com} and {@code
   *       *.b.contoso.com}, but <b>not {@code contoso.com} itself</b>: in Exchange a wildcard
   *       address space stands for the subdomains only.
   *   <li>Any other domain covers only itself.
   * </ul>
   */
  public boolean covers(SmtpDomain other) {
    requireNonNull(other, "other");
    if (isStar() || equals(other)) {
      return true;
    }
    if (!isWildcard() || other.isStar()) {
      return false;
    }
    return other.base().isSubdomainOf(base());
  }

  /**
   * Whether this name lies strictly below {@code parent}, label by label: {@code mail.contoso.com}
   * and {@code *.mail.contoso.com} are subdomains of {@code contoso.com}; a domain is not a
   * subdomain of itself. A wildcard or {@code *} parent is compared literally, so it has no
   * subdomains here; ask {@link #covers} for that meaning.
   */
  public boolean isSubdomainOf(SmtpDomain parent) {
    requireNonNull(parent, "parent");
    if (isStar() || parent.isStar() || text.length() <= parent.text.length()) {
      return false;
    }
    // Strictly below, label by label: the parent's text ends this one, after a dot.
    return text.endsWith(parent.text)
        && text.charAt(text.length() - parent.text.length() - 1) == '.';
  }

  /** The labels in A-label form, left to right; a wildcard's first label is {@code *}. */
  public List<String> labels() {
    List<String> made = labels;
    if (made == null) {
      made = List.of(text.split("\\.", -1));
      labels = made;
    }
    return made;
  }

  /** Orders by canonical text. */
  @Override
  public int compareTo(SmtpDomain other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SmtpDomain smtpDomain && smtpDomain.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The canonical form: lower case, A-labels, {@code *.} kept. */
  @Override
  public String toString() {
    return text;
  }
}
