package io.github.coexist.core.value;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Ascii;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of an email address policy's {@code -EnabledEmailAddressTemplates}: an address type and
 * an address format with Exchange's %-variables.
 *
 * <pre>{@code
 * EmailAddressTemplate t = EmailAddressTemplate.parse("smtp:%g.%s@Contoso.com");
 * t.isPrimary();     // false (lower-case smtp: a proxy address)
 * t.localPart();     // "%g.%s"
 * t.domain();        // Optional[contoso.com]
 * t.variables();     // [%g, %s]
 * t.toString();      // "smtp:%g.%s@contoso.com"
 * EmailAddressTemplate.parse("%1g%s@contoso.com").toString(); // "smtp:%1g%s@contoso.com"
 * EmailAddressTemplate.parse("SMTP:@contoso.com").localPart(); // "" (Exchange Online's form)
 * }</pre>
 *
 * <p><b>Type.</b> The text before the first {@code :} (unless a {@code %} comes first), made of
 * letters, digits, {@code -} and {@code _}. Upper-case {@code SMTP} marks the primary address, any
 * other spelling of smtp a proxy address (printed {@code smtp}); a template without a type is a
 * proxy SMTP template and prints with {@code smtp:}. Other types ({@code X400}, {@code NOTES},
 * {@code GWISE}, ...) are kept as written.
 *
 * <p><b>Variables.</b> {@code %d} display name, {@code %g} given name, {@code %i} middle initial,
 * {@code %m} alias, {@code %s} surname, {@code %rxy} (replace every x by y; x and y are any two
 * characters, so {@code %r'} followed by another apostrophe removes apostrophes), {@code %ng} and
 * {@code %ns} (the first n letters, n a positive number of at most 9 digits without a leading
 * zero). Any other {@code %}-sequence ({@code %q}, {@code %R}, a trailing {@code %}) is not a parse
 * error: it is listed by {@link #unknownVariables()} for validation to report.
 *
 * <p><b>SMTP.</b> The format has exactly one {@code @} outside variables (a {@code %r} may replace
 * with {@code @}); the local part before it may be empty and may contain variables and the
 * characters letters, digits and {@code ! # & * + - / = ? ^ _ { | } ~ .}; the domain after it is an
 * {@link SmtpDomain} without wildcard, printed in lower case. The local part is kept as written.
 * <b>Other types</b> keep the format as written: printable ASCII, not empty. In every template, the
 * literal characters {@code ' " `} and {@code $} are refused (they are legal in some address types,
 * but in a template they are almost always a quoting mistake); inside {@code %r} any printable
 * ASCII character is accepted.
 */
public final class EmailAddressTemplate {
  private static final String THING = "an email address template";
  private static final String LOCAL_PART_SYMBOLS = "!#&*+-/=?^_{|}~.";
  private static final String REFUSED = "'\"`$";

  private final String type;
  private final String address;
  private final String localPart;
  private final SmtpDomain domain;
  private final List<String> variables;
  private final List<String> unknownVariables;

  private EmailAddressTemplate(
      String type,
      String address,
      String localPart,
      SmtpDomain domain,
      List<String> variables,
      List<String> unknownVariables) {
    this.type = type;
    this.address = address;
    this.localPart = localPart;
    this.domain = domain;
    this.variables = variables;
    this.unknownVariables = unknownVariables;
  }

  /**
   * Reads {@code SMTP:%m@contoso.com}, {@code smtp:%g.%s@contoso.com}, {@code %m@contoso.com},
   * {@code X400:c=US;a= ;p=Contoso;o=Exchange;s=%s;g=%g;}; surrounding spaces are ignored.
   *
   * @throws InvalidValueException if the text is not a template
   */
  public static EmailAddressTemplate parse(String text) {
    requireNonNull(text, "text");
    String s = Texts.stripSpaces(text);
    if (s.isEmpty()) {
      throw new InvalidValueException(THING, text, "empty");
    }
    // The type is what comes before the first ':', unless a variable comes first: in
    // "%r:_%m@contoso.com" the ':' belongs to %r.
    int colon = s.indexOf(':');
    int percent = s.indexOf('%');
    String type = "smtp";
    String format = s;
    if (colon >= 0 && (percent < 0 || colon < percent)) {
      String written = s.substring(0, colon);
      String why = AddressSpace.typeProblem(written);
      if (why != null) {
        throw new InvalidValueException(THING, text, why);
      }
      type = Ascii.equalsIgnoreCase(written, "smtp") && !written.equals("SMTP") ? "smtp" : written;
      format = s.substring(colon + 1);
    }
    boolean smtp = Ascii.equalsIgnoreCase(type, "smtp");
    List<Token> tokens = tokenize(format);
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Token token : tokens) {
      if (token.kind == TokenKind.VARIABLE) {
        known.add(token.text);
      } else if (token.kind == TokenKind.UNKNOWN) {
        unknown.add(token.text);
      }
    }
    if (!smtp) {
      if (format.isEmpty()) {
        throw new InvalidValueException(THING, text, "missing address");
      }
      checkCharacters(tokens, "", text);
      return new EmailAddressTemplate(
          type, format, format, null, List.copyOf(known), List.copyOf(unknown));
    }
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).isLiteral('@')) {
        if (at >= 0) {
          throw new InvalidValueException(THING, text, "more than one \"@\"");
        }
        at = i;
      }
    }
    if (at < 0) {
      throw new InvalidValueException(THING, text, "missing \"@\"");
    }
    List<Token> local = tokens.subList(0, at);
    List<Token> domainTokens = tokens.subList(at + 1, tokens.size());
    checkCharacters(local, LOCAL_PART_SYMBOLS, text);
    StringBuilder domainText = new StringBuilder();
    for (Token token : domainTokens) {
      if (token.kind != TokenKind.LITERAL) {
        throw new InvalidValueException(THING, text, "variables are allowed only before \"@\"");
      }
      domainText.append(token.text);
    }
    if (domainText.length() == 0) {
      throw new InvalidValueException(THING, text, "missing domain after \"@\"");
    }
    SmtpDomain domain;
    try {
      domain = SmtpDomain.parse(domainText.toString());
    } catch (InvalidValueException e) {
      throw e.as(THING, text);
    }
    if (domain.isWildcard() || domain.isStar()) {
      throw new InvalidValueException(THING, text, "the domain cannot be a wildcard");
    }
    StringBuilder localText = new StringBuilder();
    local.forEach(token -> localText.append(token.text));
    return new EmailAddressTemplate(
        type,
        localText + "@" + domain,
        localText.toString(),
        domain,
        List.copyOf(known),
        List.copyOf(unknown));
  }

  /**
   * Checks the characters of {@code tokens}: printable ASCII everywhere; outside known variables
   * (whose {@code %r} may replace any character) none of {@link #REFUSED}; a literal, when {@code
   * allowedSymbols} is not empty (SMTP local part), must be a letter, a digit or one of {@code
   * allowedSymbols}.
   */
  private static void checkCharacters(List<Token> tokens, String allowedSymbols, String text) {
    for (Token token : tokens) {
      int bad = Texts.firstOutside(token.text, token.kind == TokenKind.VARIABLE ? "" : REFUSED);
      if (bad < 0
          && token.kind == TokenKind.LITERAL
          && !allowedSymbols.isEmpty()
          && !Texts.isAsciiLetterOrDigit(token.text.charAt(0))
          && allowedSymbols.indexOf(token.text.charAt(0)) < 0) {
        bad = token.text.charAt(0);
      }
      if (bad >= 0) {
        String where = allowedSymbols.isEmpty() ? "" : " in the local part";
        throw new InvalidValueException(
            THING, text, "character " + Texts.describe(bad) + " not allowed" + where);
      }
    }
  }

  private enum TokenKind {
    LITERAL,
    VARIABLE,
    UNKNOWN
  }

  private static final class Token {
    final TokenKind kind;
    final String text;

    Token(TokenKind kind, String text) {
      this.kind = kind;
      this.text = text;
    }

    boolean isLiteral(char c) {
      return kind == TokenKind.LITERAL && text.charAt(0) == c;
    }
  }

  /** Splits a format into literal characters (one code point each) and %-sequences. */
  private static List<Token> tokenize(String format) {
    List<Token> tokens = new ArrayList<>();
    int n = format.length();
    int i = 0;
    while (i < n) {
      int cp = format.codePointAt(i);
      if (cp != '%') {
        int end = i + Character.charCount(cp);
        tokens.add(new Token(TokenKind.LITERAL, format.substring(i, end)));
        i = end;
        continue;
      }
      int end = variableEnd(format, i);
      if (end > 0) {
        tokens.add(new Token(TokenKind.VARIABLE, format.substring(i, end)));
        i = end;
      } else {
        end = unknownEnd(format, i);
        tokens.add(new Token(TokenKind.UNKNOWN, format.substring(i, end)));
        i = end;
      }
    }
    return tokens;
  }

  /** The end of the known variable starting at {@code start} (a {@code %}), or -1. */
  private static int variableEnd(String format, int start) {
    int n = format.length();
    int j = start + 1;
    if (j >= n) {
      return -1;
    }
    char c = format.charAt(j);
    if ("dgims".indexOf(c) >= 0) {
      return j + 1;
    }
    if (c == 'r') {
      // %rxy: two characters, whatever they are (x or y may be a surrogate pair).
      int k = j + 1;
      for (int count = 0; count < 2; count++) {
        if (k >= n) {
          return -1;
        }
        k += Character.charCount(format.codePointAt(k));
      }
      return k;
    }
    if (c >= '1' && c <= '9') {
      int k = j;
      while (k < n && k - j < 9 && format.charAt(k) >= '0' && format.charAt(k) <= '9') {
        k++;
      }
      if (k < n && (format.charAt(k) == 'g' || format.charAt(k) == 's')) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * The end of an unknown %-sequence: the {@code %}, any digits, and one more character unless that
   * is {@code @} (so {@code %@contoso.com} keeps its {@code @}).
   */
  private static int unknownEnd(String format, int start) {
    int n = format.length();
    int k = start + 1;
    while (k < n && format.charAt(k) >= '0' && format.charAt(k) <= '9') {
      k++;
    }
    if (k < n && format.charAt(k) != '@' && format.charAt(k) != '%') {
      k += Character.charCount(format.codePointAt(k));
    }
    return k;
  }

  /**
   * The address type: {@code SMTP} (primary), {@code smtp} (proxy; also for a template written
   * without a type or with a mixed-case {@code Smtp}), or another type as written.
   */
  public String type() {
    return type;
  }

  /** Whether this is the primary SMTP template: the type is exactly {@code SMTP}. */
  public boolean isPrimary() {
    return type.equals("SMTP");
  }

  /** Whether this is an SMTP template (of any case, or written without a type). */
  public boolean isSmtp() {
    return domain != null;
  }

  /** The address format after the type: {@code %g.%s@contoso.com} (domain in lower case). */
  public String address() {
    return address;
  }

  /**
   * The part before {@code @} of an SMTP template, as written (may be empty); for other types, the
   * whole address format.
   */
  public String localPart() {
    return localPart;
  }

  /** The domain of an SMTP template; empty for other types. */
  public Optional<SmtpDomain> domain() {
    return Optional.ofNullable(domain);
  }

  /** The known %-variables in order of appearance, as written: {@code [%1g, %s, %r.-]}. */
  public List<String> variables() {
    return variables;
  }

  /**
   * The %-sequences that are not Exchange variables, such as {@code %q} or a trailing {@code %}.
   */
  public List<String> unknownVariables() {
    return unknownVariables;
  }

  /**
   * Whether the format uses any %-sequence, known or unknown (Exchange Online accepts templates
   * without variables only).
   */
  public boolean hasVariables() {
    return !variables.isEmpty() || !unknownVariables.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmailAddressTemplate && o.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The canonical text: {@code SMTP:%m@contoso.com}, {@code smtp:%g.%s@contoso.com}, ... */
  @Override
  public String toString() {
    return type + ":" + address;
  }
}
