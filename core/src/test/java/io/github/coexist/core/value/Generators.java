package io.github.coexist.core.value;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Fixed-seed generators of valid values for the round-trip tests: the same cases on every run, each
 * reported under its canonical text.
 */
final class Generators {
  static final long SEED = 0x5EED_C0E1L;
  static final int CASES = 600;

  private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789-";
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String UNICODE = "äöüéèñçøåßœłžšıłαβγдежあいう中文한글";
  private static final String LOCAL_LITERALS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#&*+-/=?^_{|}~.";

  private Generators() {}

  /** {@code count} values from a fresh fixed-seed random, as named JUnit arguments. */
  static <T> Stream<Arguments> cases(Function<Random, T> generator) {
    Random random = new Random(SEED);
    return IntStream.range(0, CASES)
        .mapToObj(i -> generator.apply(random))
        .map(value -> Arguments.of(Named.of(String.valueOf(value), value)));
  }

  static String label(Random r) {
    int length = r.nextInt(10) == 0 ? 1 + r.nextInt(63) : 1 + r.nextInt(12);
    StringBuilder b = new StringBuilder();
    b.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
    for (int i = 1; i < length; i++) {
      b.append(LDH.charAt(r.nextInt(LDH.length())));
    }
    if (b.charAt(b.length() - 1) == '-') {
      b.setCharAt(b.length() - 1, 'z');
    }
    return b.toString();
  }

  private static String unicodeLabel(Random r) {
    StringBuilder b = new StringBuilder();
    int length = 1 + r.nextInt(6);
    for (int i = 0; i < length; i++) {
      b.append(
          r.nextBoolean()
              ? UNICODE.charAt(r.nextInt(UNICODE.length()))
              : LETTERS.charAt(r.nextInt(LETTERS.length())));
    }
    return b.toString();
  }

  /** A host name: 1 to 5 labels, sometimes internationalised, within 253 characters. */
  static SmtpDomain hostName(Random r) {
    while (true) {
      int count = 1 + r.nextInt(5);
      List<String> labels = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        labels.add(r.nextInt(8) == 0 ? unicodeLabel(r) : label(r));
      }
      String text = String.join(".", labels);
      if (r.nextInt(4) == 0) {
        text = text.toUpperCase(Locale.ROOT);
      }
      try {
        return SmtpDomain.parse(text);
      } catch (IllegalArgumentException tooLong) {
        // Retry: the random labels exceeded 253 characters.
      }
    }
  }

  static SmtpDomain domain(Random r) {
    int pick = r.nextInt(20);
    if (pick == 0) {
      return SmtpDomain.STAR;
    }
    SmtpDomain name = hostName(r);
    if (pick < 5 && name.toString().length() <= 251) {
      return SmtpDomain.parse("*." + name);
    }
    return name;
  }

  static IpAddress ipAddress(Random r) {
    boolean ipv4 = r.nextBoolean();
    int bits = ipv4 ? 32 : 128;
    BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    return switch (r.nextInt(8)) {
      case 0 -> IpAddress.fromBigInteger(BigInteger.ZERO, ipv4);
      case 1 -> IpAddress.fromBigInteger(max, ipv4);
      case 2 ->
          // IPv4-mapped (::ffff:a.b.c.d) or a small IPv6 value with long zero runs
          IpAddress.fromBigInteger(
              ipv4
                  ? BigInteger.valueOf(r.nextInt(256))
                  : BigInteger.valueOf(0xFFFFL).shiftLeft(32).or(new BigInteger(32, r)),
              ipv4);
      case 3 -> IpAddress.fromBigInteger(new BigInteger(bits, r).shiftRight(r.nextInt(bits)), ipv4);
      default -> IpAddress.fromBigInteger(new BigInteger(bits, r), ipv4);
    };
  }

  static IpRange ipRange(Random r) {
    IpAddress a = ipAddress(r);
    switch (r.nextInt(3)) {
      case 0 -> {
        return IpRange.single(a);
      }
      case 1 -> {
        return IpRange.cidr(a, r.nextInt(a.bitLength() + 1));
      }
      default -> {
        IpAddress b = r.nextBoolean() ? a : sameFamily(r, a);
        return a.compareTo(b) <= 0 ? IpRange.range(a, b) : IpRange.range(b, a);
      }
    }
  }

  private static IpAddress sameFamily(Random r, IpAddress a) {
    while (true) {
      IpAddress b = ipAddress(r);
      if (b.isIpv4() == a.isIpv4()) {
        return b;
      }
    }
  }

  static Binding binding(Random r) {
    int[] ports = {0, 25, 587, 2525, 65535};
    int port = r.nextBoolean() ? ports[r.nextInt(ports.length)] : r.nextInt(65536);
    return Binding.of(ipAddress(r), port);
  }

  static SmartHost smartHost(Random r) {
    switch (r.nextInt(3)) {
      case 0 -> {
        return SmartHost.of(ipAddress(r));
      }
      case 1 -> {
        IpAddress a = ipAddress(r);
        return SmartHost.of(IpRange.cidr(a, r.nextInt(a.bitLength() + 1)));
      }
      default -> {
        return SmartHost.of(hostName(r));
      }
    }
  }

  static AddressSpace addressSpace(Random r) {
    int cost = 1 + r.nextInt(100);
    if (r.nextInt(4) != 0) {
      return AddressSpace.smtp(domain(r), cost);
    }
    String[] types = {"X400", "x400", "NOTES", "GWISE", "X500", "Custom_Type-1"};
    String type = types[r.nextInt(types.length)];
    String address = printable(r, 1 + r.nextInt(40), "'\"`$").strip();
    if (address.isEmpty()) {
      address = "c=US";
    }
    return AddressSpace.parse(type + ":" + address + ";" + cost);
  }

  /** Printable ASCII (U+0020..U+007E) without {@code refused}. */
  static String printable(Random r, int length, String refused) {
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      char c = (char) (0x20 + r.nextInt(0x7F - 0x20));
      if (refused.indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  static EmailAddressTemplate template(Random r) {
    if (r.nextInt(5) == 0) {
      String[] types = {"X400", "NOTES", "GWISE", "x400", "EUM"};
      String format = printable(r, 1 + r.nextInt(30), "'\"`$%") + variable(r);
      return EmailAddressTemplate.parse(types[r.nextInt(types.length)] + ":" + format);
    }
    String[] prefixes = {"SMTP:", "smtp:", "", "Smtp:"};
    StringBuilder local = new StringBuilder();
    int tokens = r.nextInt(6);
    for (int i = 0; i < tokens; i++) {
      int pick = r.nextInt(10);
      if (pick < 5) {
        local.append(variable(r));
      } else if (pick < 9) {
        local.append(LOCAL_LITERALS.charAt(r.nextInt(LOCAL_LITERALS.length())));
      } else {
        String[] unknown = {"%q", "%Q", "%M", "%x", "%~"};
        local.append(unknown[r.nextInt(unknown.length)]);
      }
    }
    if (r.nextInt(10) == 0) {
      local.append('%'); // a trailing %, an unknown variable right before the @
    }
    SmtpDomain domain = hostName(r);
    return EmailAddressTemplate.parse(prefixes[r.nextInt(prefixes.length)] + local + "@" + domain);
  }

  private static String variable(Random r) {
    switch (r.nextInt(4)) {
      case 0 -> {
        return "%" + "dgims".charAt(r.nextInt(5));
      }
      case 1 -> {
        return "%r" + printable(r, 2, "");
      }
      default -> {
        int n = r.nextInt(3) == 0 ? 1 + r.nextInt(999_999_999) : 1 + r.nextInt(9);
        return "%" + n + (r.nextBoolean() ? "g" : "s");
      }
    }
  }

  static ByteQuantity byteQuantity(Random r) {
    return switch (r.nextInt(6)) {
      case 0 -> ByteQuantity.UNLIMITED;
      case 1 -> ByteQuantity.ofBytes(r.nextInt(2) == 0 ? 0 : Long.MAX_VALUE);
      case 2 -> ByteQuantity.ofBytes((long) r.nextInt(100_000) << (10 * r.nextInt(5)));
      default -> ByteQuantity.ofBytes(r.nextLong() >>> (1 + r.nextInt(62)));
    };
  }

  static TimeSpan timeSpan(Random r) {
    long max = 10_675_199L * 86_400 + 86_399;
    return switch (r.nextInt(4)) {
      case 0 -> TimeSpan.ofSeconds(r.nextInt(86_400));
      case 1 -> TimeSpan.ofSeconds(r.nextBoolean() ? 0 : max);
      default -> TimeSpan.ofSeconds(Math.floorMod(r.nextLong(), max + 1));
    };
  }

  static CountLimit countLimit(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> CountLimit.UNLIMITED;
      case 1 -> CountLimit.of(r.nextBoolean() ? 0 : Integer.MAX_VALUE);
      case 2 -> CountLimit.of(r.nextInt(133));
      default -> CountLimit.of(r.nextInt(Integer.MAX_VALUE));
    };
  }
}
