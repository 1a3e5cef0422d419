package io.github.coexist.core.model;

import io.github.coexist.core.value.IpRange;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When two values of an attribute are the same to Exchange: the one place that decides whether a
 * live organisation differs from a plan (drift, change-only scripts, import round trips). Each rule
 * says why; a rule that makes two values the same must never hide a change Exchange would act on.
 *
 * <pre>{@code
 * Attribute hosts = ObjectKind.SEND_CONNECTOR.attribute("smartHosts").orElseThrow();
 * hosts.sameIn(planned, live); // [10.1.1.1, relay.contoso.com] = [Relay.Contoso.com, 10.1.1.1]
 * }</pre>
 *
 * <h2>Null, empty and absent</h2>
 *
 * A value is <em>empty</em> when it is {@code null}, an empty list, an empty text, or a flag list
 * that holds only {@code None}: Exchange stores all of them as a cleared property ({@code Set-X
 * -Comment ''} and {@code -Comment $null} both clear it; a multi-valued property holds no entries
 * or is {@code $null}, and {@code Get-} prints either; an empty flag enum prints {@code None}). Two
 * empty values are the same; an empty value and a non-empty one differ. Microsoft365DSC reported
 * {@code $null} against {@code @()} as drift (its issue #1165); here they are one value.
 *
 * <h2>Lists</h2>
 *
 * Every multi-valued attribute of the seven kinds is an Exchange {@code MultiValuedProperty}: a
 * collection that the cmdlets change by adding and removing entries ({@code
 * -SmartHosts @{Add="..."; Remove="..."}}), without a position to give; Microsoft's reference
 * documents no order for any of them (e.g. <a
 * href="https://learn.microsoft.com/powershell/module/exchange/set-sendconnector">Set-SendConnector</a>
 * {@code -SmartHosts}, {@code -AddressSpaces}; <a
 * href="https://learn.microsoft.com/powershell/module/exchange/set-receiveconnector">Set-ReceiveConnector</a>
 * {@code -RemoteIPRanges}). Lists are compared as sets of their entries, each entry by the rules
 * below; {@code [a, b]} = {@code [b, a, a]}.
 *
 * <h2>Entries and single values</h2>
 *
 * <ul>
 *   <li><b>Text</b>: case-insensitively (names, FQDNs, server and certificate names are matched
 *       case-insensitively by Exchange and Active Directory), except {@code comment} and {@code
 *       banner}, which Exchange keeps and shows as typed: a changed case there is a change people
 *       see.
 *   <li><b>Domains, smart hosts, addresses, bindings, address spaces, templates</b>: by their
 *       canonical form, which the value types already make case-insensitive where Exchange is
 *       (domains and host names in lower case, address types in upper case, {@code contoso.com} =
 *       {@code SMTP:contoso.com;1} for an address space). A template's local part stays as written:
 *       {@code %r} replacements are case-sensitive.
 *   <li><b>IP ranges</b>: by the addresses they hold: {@code 10.1.1.1}, {@code 10.1.1.1/32} and
 *       {@code 10.1.1.1-10.1.1.1} are one range to Exchange, which matches a client's address
 *       against it.
 *   <li><b>Sizes, time spans, counts</b>: by value ({@code 35MB} = {@code 36700160} = {@code 35 MB
 *       (36,700,160 bytes)}; {@code 00:10:00} = {@code 0.00:10:00}), already their equality.
 *   <li><b>Booleans, numbers, enumerations</b>: equal values. A boolean Exchange reported as empty
 *       differs from {@code false}: it says nothing about the setting.
 * </ul>
 */
public final class ExchangeEquivalence {
  /**
   * Free texts Exchange keeps and shows as typed (a comment in the admin center, a banner in the
   * SMTP greeting): compared exactly.
   */
  private static final Set<String> CASE_SENSITIVE_TEXT = Set.of("comment", "banner");

  private ExchangeEquivalence() {}

  /**
   * Whether {@code planned} and {@code live} are the same value of {@code attribute} to Exchange.
   * Each is what {@link Attribute#valueIn} returns (the value, an {@code ImmutableList} for a
   * multi-valued attribute, or empty for {@code null}, an empty list or no value).
   */
  public static boolean same(Attribute attribute, Optional<?> planned, Optional<?> live) {
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(live, "live");
    // Equal values are the same: the usual case of an organisation in sync, decided without
    // building keys (a drift of 100,000 objects compares millions of values).
    if (planned.equals(live)) {
      return true;
    }
    return differentlyWritten(attribute, planned.orElse(null), live.orElse(null));
  }

  /**
   * Whether two unequal values (either null) are the same to Exchange. Apart from {@link #same},
   * whose small equal case a caller's compiler can then take in whole, with no {@code Optional}
   * made.
   */
  private static boolean differentlyWritten(Attribute attribute, Object planned, Object live) {
    Object a = planned != null && !isEmpty(planned) ? planned : null;
    Object b = live != null && !isEmpty(live) ? live : null;
    if (a == null || b == null) {
      return a == b;
    }
    if (attribute.multiValued()) {
      return keys(attribute, (List<?>) a).equals(keys(attribute, (List<?>) b));
    }
    return key(attribute, a).equals(key(attribute, b));
  }

  /**
   * The form in which two values compare: equal keys are the same value to Exchange. For a list,
   * the set of its entries' keys. A {@code null} value is Exchange's empty value (a property it
   * reports as {@code null}) and has the empty key.
   */
  public static Object key(Attribute attribute, Object value) {
    if (value instanceof List<?> list) {
      return keys(attribute, list);
    }
    if (value instanceof String text) {
      return CASE_SENSITIVE_TEXT.contains(attribute.key()) ? text : fold(text);
    }
    if (value instanceof IpRange range) {
      return List.of(range.first(), range.last());
    }
    return value;
  }

  /**
   * Whether two texts of a case-insensitive attribute (a name, a server name) are the same to
   * Exchange: what comparing their {@link #key}s says, without making the keys. A drift matches
   * every live object by its name, and most names are ASCII.
   *
   * <pre>{@code
   * ExchangeEquivalence.sameText("To Domino", "TO DOMINO"); // true
   * }</pre>
   */
  public static boolean sameText(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      return true;
    }
    if (isAscii(a) && isAscii(b)) {
      return a.equalsIgnoreCase(b); // for ASCII, the same as comparing lower cases
    }
    // Folding may change the length (ß, some capitals outside ASCII) or meet ASCII (the Kelvin
    // sign folds to k): compare the folded texts.
    return fold(a).equals(fold(b));
  }

  /**
   * A hash of a text of a case-insensitive attribute that agrees with {@link #sameText}: texts the
   * same to Exchange hash alike.
   */
  public static int textHash(String text) {
    Objects.requireNonNull(text, "text");
    // One pass for ASCII text, the drift's usual name: lower its capitals as it goes. Four
    // characters a step give the same polynomial as one at a time (31^4 h + 31^3 a + 31^2 b + 31 c
    // + d), with four products to make at once instead of a chain of multiplications.
    int length = text.length();
    int hash = 0;
    int i = 0;
    for (; i + 3 < length; i += 4) {
      char a = text.charAt(i);
      char b = text.charAt(i + 1);
      char c = text.charAt(i + 2);
      char d = text.charAt(i + 3);
      if ((a | b | c | d) >= 0x80) {
        return foldedHash(fold(text));
      }
      hash =
          923_521 * hash
              + 29_791 * asciiLower(a)
              + 961 * asciiLower(b)
              + 31 * asciiLower(c)
              + asciiLower(d);
    }
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return foldedHash(fold(text));
      }
      hash = 31 * hash + asciiLower(c);
    }
    return hash;
  }

  /** Folded text has no ASCII capital left, so lowering ASCII hashes it as ASCII text is. */
  private static int foldedHash(String folded) {
    int hash = 0;
    for (int i = 0; i < folded.length(); i++) {
      hash = 31 * hash + asciiLower(folded.charAt(i));
    }
    return hash;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  // A plain loop, not CharMatcher.ascii(): its matchesAllOf calls a matcher per character, and a
  // drift asks for every name it indexes (measured: 5 % of a read + diff).
  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lower case of upper case, which folds the few letters whose cases do not map one to one (ß,
   * σ/ς). For ASCII text that is its lower case, which is the text itself (no copy) when it has no
   * capital: a drift keys every live object's name.
   */
  private static String fold(String text) {
    return isAscii(text)
        ? text.toLowerCase(Locale.ROOT)
        : text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  private static Set<Object> keys(Attribute attribute, List<?> values) {
    Set<Object> keys = new HashSet<>();
    for (Object value : values) {
      if (!isNone(value) && !"".equals(value)) {
        keys.add(key(attribute, value));
      }
    }
    return keys;
  }

  /** {@code null}-like: an empty text, an empty list, a list of {@code None} flags. */
  private static boolean isEmpty(Object value) {
    if (value instanceof String text) {
      return text.isEmpty();
    }
    if (value instanceof List<?> list) {
      for (Object entry : list) {
        if (!isNone(entry) && !"".equals(entry)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The {@code None} of a flag enumeration, which Exchange prints for an empty set of flags. */
  private static boolean isNone(Object value) {
    return value instanceof ExchangeEnum flag && flag.exchangeName().equals("None");
  }
}
