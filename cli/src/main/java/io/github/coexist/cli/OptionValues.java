package io.github.coexist.cli;

import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ExchangeVersion;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.recommend.TlsChoice;
import io.github.coexist.core.text.UnsafeText;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters from option text to model values. Each refusal becomes picocli's one-line "Invalid
 * value for option '--x': ..." and exit code 2.
 */
public final class OptionValues {
  private OptionValues() {}

  /** {@code exchange-online} or {@code exchange-server}. */
  static final class EnvironmentValue implements ITypeConverter<Environment> {
    @Override
    public Environment convert(String text) {
      requireAsciiWord(text);
      return refusing(() -> Environment.fromKey(text));
    }
  }

  /** {@code send-connector}, {@code remote-domain}, ... */
  static final class KindValue implements ITypeConverter<ObjectKind> {
    @Override
    public ObjectKind convert(String text) {
      requireAsciiWord(text);
      return refusing(() -> ObjectKind.fromKey(text));
    }
  }

  /** {@code 2016}, {@code 2019} or {@code SE}. */
  static final class VersionValue implements ITypeConverter<ExchangeVersion> {
    @Override
    public ExchangeVersion convert(String text) {
      requireAsciiWord(text);
      return refusing(() -> ExchangeVersion.fromKey(text));
    }
  }

  /** {@code opportunistic} or {@code required}. */
  static final class TlsValue implements ITypeConverter<TlsChoice> {
    @Override
    public TlsChoice convert(String text) {
      requireAsciiWord(text);
      return refusing(() -> TlsChoice.fromKey(text));
    }
  }

  /** An SMTP domain such as {@code contoso.com}. */
  static final class DomainValue implements ITypeConverter<SmtpDomain> {
    @Override
    public SmtpDomain convert(String text) {
      return refusing(() -> SmtpDomain.parse(text));
    }
  }

  /** A host name or IP address, e.g. {@code ex01.contoso.com}. */
  static final class HostValue implements ITypeConverter<SmartHost> {
    @Override
    public SmartHost convert(String text) {
      return refusing(() -> SmartHost.parse(text));
    }
  }

  /**
   * {@code ADDR} or {@code NAME=ADDR}, each optionally followed by {@code ,public=PUBLIC}: a
   * coexistence server's internal IP address, its Domino name ({@code COEX01/ACME=10.1.1.1};
   * without a name the address names the server), and the public IP address or host name Exchange
   * Online reaches it at ({@code COEX01/ACME=10.1.1.1,public=coex01.contoso.com}).
   */
  static final class ServerValue implements ITypeConverter<CoexistenceServer> {
    private static final String PUBLIC = ",public=";

    @Override
    public CoexistenceServer convert(String text) {
      String server = text;
      HostAddress publicAddress = null;
      int comma = text.toLowerCase(Locale.ROOT).lastIndexOf(PUBLIC);
      if (comma >= 0) {
        String host = text.substring(comma + PUBLIC.length());
        publicAddress = refusing(() -> HostAddress.parse(host));
        server = text.substring(0, comma);
      } else if (text.indexOf(',') >= 0) {
        throw new TypeConversionException(
            "expected NAME=ADDR or NAME=ADDR,public=PUBLIC, found '" + text + "'");
      }
      int equals = server.lastIndexOf('=');
      String name = equals < 0 ? server.trim() : server.substring(0, equals).trim();
      String address = equals < 0 ? server : server.substring(equals + 1);
      IpAddress ip = refusing(() -> IpAddress.parse(address));
      if (name.isEmpty()) {
        throw new TypeConversionException("the server name before '=' is empty");
      }
      requirePrintable(name);
      return CoexistenceServer.builder()
          .name(equals < 0 ? ip.toString() : name)
          .address(ip)
          .publicAddress(java.util.Optional.ofNullable(publicAddress))
          .build();
    }
  }

  /** {@code domino} or {@code exchange}: where internet mail enters. */
  static final class MailExchangerValue implements ITypeConverter<MailExchanger> {
    @Override
    public MailExchanger convert(String text) {
      requireAsciiWord(text);
      return refusing(() -> MailExchanger.fromKey(text));
    }
  }

  /** A day, strictly {@code YYYY-MM-DD}; a day the calendar lacks (2026-02-30) is named as such. */
  public static final class DateValue implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String text) {
      // Strictly YYYY-MM-DD: LocalDate.parse alone would also take "+2026-01-01".
      if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        try {
          return LocalDate.parse(text);
        } catch (DateTimeException e) {
          throw new TypeConversionException("no such day: " + text);
        }
      }
      throw new TypeConversionException("expected a date YYYY-MM-DD, found '" + text + "'");
    }
  }

  /**
   * Free text (a name): kept exactly as given, quotes, {@code $(...)}, backticks and {@code ;}
   * included, since the plan file and the emitters treat it as data; control and invisible
   * characters ({@link UnsafeText#invisible()}: line breaks, NUL, bidi marks, no-break spaces) and
   * a space at either end are refused, as validation refuses them in every name.
   */
  static final class NameValue implements ITypeConverter<String> {
    @Override
    public String convert(String text) {
      requirePrintable(text);
      if (text.isBlank()) {
        throw new TypeConversionException("must not be empty");
      }
      return text;
    }
  }

  /**
   * Refuses what validation refuses in every name ({@link UnsafeText#invisible()} and a space at
   * either end), before a plan is built from it.
   */
  private static void requirePrintable(String text) {
    int at = UnsafeText.invisible().indexIn(text);
    if (at >= 0) {
      int cp = text.codePointAt(at);
      throw new TypeConversionException(
          String.format(
              Locale.ROOT,
              "%s are not allowed (found %s at position %d)",
              UnsafeText.controls().matches(cp) ? "control characters" : "invisible characters",
              UnsafeText.codePoint(cp),
              at + 1));
    }
    if (UnsafeText.hasEdgeSpace(text) && !text.isBlank()) {
      throw new TypeConversionException("must not start or end with a space");
    }
  }

  /**
   * Refuses option text that is not a plain ASCII word before it is matched with a name: the
   * model's lookups fold case with {@link String#toLowerCase}, which turns the Kelvin sign (U+212A)
   * into {@code k}, and trim, which hides spaces and control characters.
   */
  public static void requireAsciiWord(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c >= 0x7F) {
        throw new TypeConversionException(
            String.format(
                Locale.ROOT,
                "'%s' has U+%04X at character %d: a name of this option is plain ASCII",
                text.codePoints()
                    .mapToObj(cp -> cp >= 0x21 && cp < 0x7F ? Character.toString(cp) : "?")
                    .collect(java.util.stream.Collectors.joining()),
                (int) c,
                i + 1));
      }
    }
  }

  /** Whether {@code a} and {@code b} are equal when ASCII letters are folded, and only those. */
  static boolean equalsIgnoringAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (asciiLower(a.charAt(i)) != asciiLower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static <T> T refusing(java.util.function.Supplier<T> conversion) {
    try {
      return conversion.get();
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
