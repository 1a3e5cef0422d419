package io.github.coexist.testplans;

import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.CountLimit;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one pool {@link PlanGenerator} draws from, for any plan and for valid plans alike: hostile
 * texts, the visible characters in them (names of valid plans), and sample texts of every value
 * type, parsed by the type's own {@code parse}.
 */
final class ValuePool {
  private ValuePool() {}

  /** Text that has broken parsers, shells and YAML emitters. */
  static final List<String> HOSTILE =
      List.of(
          "Contoso",
          "O'Brien & Söhne",
          "‘single’ ‚low‛ “double” „low“ \"ascii\" 'apos'",
          "$(Remove-Item C:\\ -Recurse)",
          "`whoami`",
          "a; b; rm -rf /",
          "line one\nline two",
          "trailing newline\n",
          "\n",
          "cr\r\nlf",
          "nul\u0000byte",
          "rtl\u200Fmark",
          "nel\u0085x",
          "ls\u2028ps\u2029",
          "tab\there",
          "  leading and trailing  ",
          "",
          "true",
          "null",
          "~",
          "2019",
          "007",
          "1e3",
          "- dash",
          "key: value",
          "# not a comment",
          "*alias",
          "&anchor",
          "!tag",
          "@at",
          "%percent",
          "{braces}",
          "[brackets]",
          "<angle>, |pipe|",
          "dashes \u2010 \u2013 \u2014 \u2015",
          "caf\u00E9 \u4E2D\u6587",
          "file_name.txt",
          "\uFEFFbom",
          "emoji \uD83D\uDE00");

  /**
   * The visible characters of {@link #HOSTILE} (quotes of every kind, dashes, shell and YAML
   * syntax, letters beyond ASCII), in code point order: what names of valid plans are made of.
   * Control, format and separator characters other than the space, and characters outside the Basic
   * Multilingual Plane, are left out.
   */
  static final String VISIBLE = visible();

  private static final Map<Class<?>, List<String>> SAMPLES =
      Map.ofEntries(
          Map.entry(
              SmtpDomain.class,
              List.of(
                  "contoso.com",
                  "*.contoso.com",
                  "*",
                  "bücher.de",
                  "partner.example.com",
                  "*.example.org")),
          Map.entry(
              IpAddress.class, List.of("10.1.1.1", "2001:db8::1", "::ffff:10.0.0.1", "192.0.2.10")),
          Map.entry(
              IpRange.class,
              List.of(
                  "10.1.1.1",
                  "10.1.1.1/32",
                  "192.168.1.7/24",
                  "10.1.1.1-10.1.1.9",
                  "::/0",
                  "10.2.0.0/24")),
          Map.entry(Binding.class, List.of("0.0.0.0:25", "[::]:25", "10.1.1.1:2525")),
          Map.entry(
              SmartHost.class,
              List.of("10.1.1.1", "mail.contoso.com", "10.1.1.0/24", "smtp.example.com")),
          Map.entry(
              AddressSpace.class,
              List.of(
                  "SMTP:domino.contoso.com;1",
                  "*",
                  "smtp:*.contoso.com;5",
                  "SMTP:*.example.org;5")),
          Map.entry(
              EmailAddressTemplate.class,
              List.of("SMTP:%m@contoso.com", "smtp:%g.%s@exch.contoso.com", "SMTP:@contoso.com")),
          Map.entry(ByteQuantity.class, List.of("35MB", "Unlimited", "1024", "0B", "10KB")),
          Map.entry(TimeSpan.class, List.of("00:05:00", "1.00:00:00")),
          Map.entry(CountLimit.class, List.of("0", "132", "Unlimited")));

  private static final Map<Class<?>, Function<String, ?>> PARSERS =
      Map.ofEntries(
          Map.entry(SmtpDomain.class, SmtpDomain::parse),
          Map.entry(IpAddress.class, IpAddress::parse),
          Map.entry(IpRange.class, IpRange::parse),
          Map.entry(Binding.class, Binding::parse),
          Map.entry(SmartHost.class, SmartHost::parse),
          Map.entry(AddressSpace.class, AddressSpace::parse),
          Map.entry(EmailAddressTemplate.class, EmailAddressTemplate::parse),
          Map.entry(ByteQuantity.class, ByteQuantity::parse),
          Map.entry(TimeSpan.class, TimeSpan::parse),
          Map.entry(CountLimit.class, CountLimit::parse));

  /** The sample texts of a value type (one with a {@code parse}). */
  static List<String> samples(Class<?> type) {
    List<String> samples = SAMPLES.get(type);
    if (samples == null) {
      throw new IllegalArgumentException("no samples for " + type);
    }
    return samples;
  }

  /** {@code text} as a value of {@code type}, parsed as a plan file's reader would. */
  static Object parse(Class<?> type, String text) {
    return PARSERS.get(type).apply(text);
  }

  private static String visible() {
    TreeSet<Integer> chars = new TreeSet<>();
    for (String text : HOSTILE) {
      text.codePoints()
          .filter(c -> c == ' ' || (Character.isBmpCodePoint(c) && isVisible(c)))
          .forEach(chars::add);
    }
    StringBuilder s = new StringBuilder();
    chars.forEach(s::appendCodePoint);
    return s.toString();
  }

  private static boolean isVisible(int c) {
    int type = Character.getType(c);
    return !Character.isISOControl(c)
        && !Character.isWhitespace(c)
        && type != Character.FORMAT
        && type != Character.SPACE_SEPARATOR
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && type != Character.SURROGATE;
  }
}
