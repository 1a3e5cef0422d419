package io.github.coexist.planio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.IniEnum;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.CountLimit;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.HostAddress;
import io.github.coexist.core.value.IpAddress;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.core.value.TimeSpan;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One scalar value: text, boolean, whole number, an enumeration in its plan-file spelling, or a
 * value type of {@code core.value} read with its {@code parse} and written with its canonical
 * {@code toString()}.
 *
 * <p>Scalars of a text type are read from the text as written, so a YAML number such as {@code 60}
 * or {@code 007} reaches {@code parse} exactly as the user typed it; conversely a number or boolean
 * written as a string ({@code "60"}, {@code "true"}) is read as the number or boolean.
 */
final class ScalarCodec<T> implements Codec<T> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  /** Free text. */
  static final ScalarCodec<String> STRING =
      new ScalarCodec<>(
          "a text",
          Function.identity(),
          NODES::textNode,
          () -> NODES.objectNode().put("type", "string"));

  /** {@code true} or {@code false}. */
  static final ScalarCodec<Boolean> BOOLEAN =
      new ScalarCodec<>(
          "true or false",
          ScalarCodec::parseBoolean,
          NODES::booleanNode,
          () -> NODES.objectNode().put("type", "boolean"),
          // The boolean's value, so YAML's yes/no read as what they are.
          scalar ->
              scalar.kind() == PlanNode.Scalar.Kind.BOOLEAN
                  ? String.valueOf(scalar.booleanValue())
                  : scalar.text(),
          false);

  /** A whole number that fits Exchange's Int32. */
  static final ScalarCodec<Integer> INTEGER =
      new ScalarCodec<>(
          "a whole number from -2147483648 to 2147483647",
          ScalarCodec::parseInteger,
          NODES::numberNode,
          () ->
              NODES
                  .objectNode()
                  .put("type", "integer")
                  .put("minimum", Integer.MIN_VALUE)
                  .put("maximum", Integer.MAX_VALUE),
          // The text as written: YAML 1.1 reads 031 as octal 25, 0x19 and 0b11001 as 25, 1_0_0 as
          // 100; none of them is the number a reader sees, so only plain decimal is accepted.
          PlanNode.Scalar::text,
          false);

  /** An ISO date, as license facts use. */
  static final ScalarCodec<LocalDate> DATE =
      new ScalarCodec<>(
          "an ISO date (YYYY-MM-DD)",
          ScalarCodec::parseDate,
          value -> NODES.textNode(value.toString()),
          () ->
              NODES
                  .objectNode()
                  .put("type", "string")
                  .put("format", "date")
                  .put("description", "An ISO date (YYYY-MM-DD)"));

  /** The value types of {@code core.value}, each with what it is and examples for the schema. */
  private static final ImmutableMap<Class<?>, ScalarCodec<?>> VALUE_TYPES =
      ImmutableMap.<Class<?>, ScalarCodec<?>>builder()
          .put(
              SmtpDomain.class,
              parsed("an SMTP domain", SmtpDomain::parse, false, "contoso.com", "*.contoso.com"))
          .put(IpAddress.class, parsed("an IP address", IpAddress::parse, false, "10.1.1.1"))
          .put(
              IpRange.class,
              parsed(
                  "an IP address, CIDR block or range",
                  IpRange::parse,
                  false,
                  "10.1.1.1",
                  "10.1.1.0/24",
                  "10.1.1.1-10.1.1.9"))
          .put(Binding.class, parsed("an address and port", Binding::parse, false, "0.0.0.0:25"))
          .put(
              HostAddress.class,
              parsed(
                  "an IP address or host name",
                  HostAddress::parse,
                  false,
                  "203.0.113.10",
                  "coex01.contoso.com"))
          .put(
              SmartHost.class,
              parsed(
                  "a smart host (IP address, CIDR block or host name)",
                  SmartHost::parse,
                  false,
                  "10.1.1.1",
                  "mail.contoso.com"))
          .put(
              AddressSpace.class,
              parsed(
                  "an address space (type:address;cost)",
                  AddressSpace::parse,
                  false,
                  "SMTP:domino.contoso.com;1"))
          .put(
              EmailAddressTemplate.class,
              parsed(
                  "an email address template",
                  EmailAddressTemplate::parse,
                  false,
                  "SMTP:%m@contoso.com",
                  "smtp:%m@exch.contoso.com"))
          .put(
              ByteQuantity.class,
              parsed(
                  "a size (bytes, KB, MB, GB, TB) or Unlimited",
                  ByteQuantity::parse,
                  true,
                  "35MB",
                  "Unlimited"))
          .put(
              TimeSpan.class,
              parsed("a time span [d.]hh:mm:ss", TimeSpan::parse, false, "00:05:00"))
          .put(
              CountLimit.class,
              parsed("a whole number or Unlimited", CountLimit::parse, true, "132", "Unlimited"))
          .build();

  private final String expected;
  private final Function<String, T> parse;
  private final Function<T, JsonNode> write;
  private final Supplier<ObjectNode> schema;
  // Value types explain their refusals ("cost must be 1..100"); for the others, saying what was
  // expected and what was found is the whole story.
  private final boolean explainsRefusals;
  private final Function<PlanNode.Scalar, String> textOf;

  private ScalarCodec(
      String expected,
      Function<String, T> parse,
      Function<T, JsonNode> write,
      Supplier<ObjectNode> schema) {
    this(expected, parse, write, schema, PlanNode.Scalar::text, false);
  }

  /**
   * @param textOf the text handed to {@code parse}: normally the scalar as written
   * @param explainsRefusals whether {@code parse}'s message is shown (value types say why)
   */
  private ScalarCodec(
      String expected,
      Function<String, T> parse,
      Function<T, JsonNode> write,
      Supplier<ObjectNode> schema,
      Function<PlanNode.Scalar, String> textOf,
      boolean explainsRefusals) {
    this.textOf = textOf;
    this.explainsRefusals = explainsRefusals;
    this.expected = expected;
    this.parse = parse;
    this.write = write;
    this.schema = schema;
  }

  /**
   * The codec of an Exchange attribute's value type: Boolean, Integer, String, an {@link
   * ExchangeEnum}, or a value type of {@code core.value}.
   *
   * @throws IllegalArgumentException for a type without a codec (a new value type needs one here)
   */
  static ScalarCodec<?> forType(Class<?> type) {
    if (type == Boolean.class) {
      return BOOLEAN;
    }
    if (type == Integer.class) {
      return INTEGER;
    }
    if (type == String.class) {
      return STRING;
    }
    if (type.isEnum() && ExchangeEnum.class.isAssignableFrom(type)) {
      return exchangeEnum(type);
    }
    ScalarCodec<?> codec = VALUE_TYPES.get(type);
    if (codec == null) {
      throw new IllegalArgumentException("no plan-file codec for " + type.getName());
    }
    return codec;
  }

  /**
   * The codec of one element of {@code attribute}: {@link #forType} of its value type, except that
   * a connector's list of domains also reads Exchange's printed address-space form ({@code
   * smtp:contoso.com;1}, see {@link SmtpDomain#parseDomainOrAddressSpace}).
   */
  static ScalarCodec<?> forAttribute(Attribute attribute) {
    if (attribute.multiValued() && attribute.valueType() == SmtpDomain.class) {
      return LISTED_SMTP_DOMAIN;
    }
    return forType(attribute.valueType());
  }

  /** A domain of a connector's domain list: the domain or its SMTP address space. */
  private static final ScalarCodec<SmtpDomain> LISTED_SMTP_DOMAIN =
      parsed(
          "an SMTP domain (or its address space smtp:domain;1)",
          SmtpDomain::parseDomainOrAddressSpace,
          false,
          "contoso.com",
          "*.contoso.com",
          "smtp:contoso.com;1");

  /** An enumeration in Exchange's spelling, read case-insensitively. */
  static ScalarCodec<?> exchangeEnum(Class<?> type) {
    return EXCHANGE_ENUMS.get(type);
  }

  /**
   * One codec per enumeration, made on first use: dozens of attributes share an enumeration, and
   * its codec (the list of its spellings) is made once, not once per attribute, because reading a
   * plan at CLI start pays for each (docs/performance.md). A codec holds no state, so sharing it is
   * safe.
   */
  private static final ClassValue<ScalarCodec<?>> EXCHANGE_ENUMS =
      new ClassValue<>() {
        @Override
        protected ScalarCodec<?> computeValue(Class<?> type) {
          return enumeration(type, v -> ((ExchangeEnum) v).exchangeName(), false);
        }
      };

  /** A BTCal Notes.ini enumeration ({@code 0}..{@code 3}, {@code FileSystem}), any case. */
  static <E extends Enum<E> & IniEnum> ScalarCodec<E> iniEnum(Class<E> type) {
    @SuppressWarnings("unchecked")
    ScalarCodec<E> codec =
        (ScalarCodec<E>) (ScalarCodec<?>) enumeration(type, v -> ((IniEnum) v).iniValue(), true);
    return codec;
  }

  /**
   * A plan-file enumeration such as {@code environment} ({@code exchange-online}), read
   * case-insensitively, written as {@code spelling} gives it.
   */
  static <E extends Enum<E>> ScalarCodec<E> keyed(Class<E> type, Function<E, String> spelling) {
    @SuppressWarnings("unchecked")
    ScalarCodec<E> codec =
        (ScalarCodec<E>)
            (ScalarCodec<?>) enumeration(type, v -> spelling.apply(type.cast(v)), false);
    return codec;
  }

  private static ScalarCodec<Object> enumeration(
      Class<?> type, Function<Object, String> spelling, boolean digitsAsNumbers) {
    Object[] values = type.getEnumConstants();
    String names = Arrays.stream(values).map(spelling).collect(Collectors.joining(", "));
    String expected = "one of " + names + " (in any case)";
    return new ScalarCodec<>(
        expected,
        text -> {
          String wanted = text; // exactly: "Custom " or "Custom\u00A0" is not Custom
          for (Object value : values) {
            if (Ascii.equalsIgnoreCase(spelling.apply(value), wanted)) {
              return value;
            }
          }
          throw new IllegalArgumentException(text);
        },
        value -> {
          String text = spelling.apply(value);
          // A Notes.ini number (BTZAPPSUPPORT=1) reads best as a number in the plan file.
          return digitsAsNumbers && text.chars().allMatch(c -> c >= '0' && c <= '9')
              ? NODES.numberNode(Integer.parseInt(text))
              : NODES.textNode(text);
        },
        () -> {
          ArrayNode allowed = NODES.arrayNode();
          for (Object value : values) {
            allowed.add(spelling.apply(value));
          }
          for (Object value : values) {
            String text = spelling.apply(value);
            if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
              allowed.add(Integer.parseInt(text));
            }
          }
          ObjectNode schema = NODES.objectNode();
          schema.set("enum", allowed);
          return schema;
        });
  }

  /** A value read with {@code parse} and written with {@code toString()}. */
  private static <T> ScalarCodec<T> parsed(
      String expected, Function<String, T> parse, boolean acceptsInteger, String... examples) {
    return new ScalarCodec<T>(
        expected,
        parse,
        value -> NODES.textNode(value.toString()),
        () -> {
          ObjectNode schema = NODES.objectNode();
          if (acceptsInteger) {
            schema.set("type", NODES.arrayNode().add("string").add("integer"));
          } else {
            schema.put("type", "string");
          }
          schema.put("description", capitalize(expected) + ".");
          ArrayNode list = schema.putArray("examples");
          Arrays.stream(examples).forEach(list::add);
          return schema;
        },
        PlanNode.Scalar::text,
        true);
  }

  /**
   * Reads a value from its text, as a plan-file scalar of that text would read.
   *
   * @throws IllegalArgumentException saying what was expected (and why the value type refused it)
   */
  T parseText(String text) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      if (explainsRefusals) {
        throw e;
      }
      throw new IllegalArgumentException(
          "expected " + expected + ", found the text " + Messages.quote(text), e);
    }
  }

  @Override
  public T read(PlanNode node, String path) {
    if (!(node instanceof PlanNode.Scalar scalar)) {
      throw Codec.expected(node, path, expected);
    }
    try {
      return parse.apply(textOf.apply(scalar));
    } catch (IllegalArgumentException e) {
      if (!explainsRefusals) {
        throw Codec.expected(node, path, expected);
      }
      throw new PlanFileException(node.location(), Codec.prefix(path) + e.getMessage(), e);
    }
  }

  @Override
  public JsonNode write(T value) {
    return write.apply(value);
  }

  @Override
  public JsonNode schema(SchemaDefinitions defs) {
    return schema.get();
  }

  /** What a value of this codec is, for messages ("an SMTP domain"). */
  String expected() {
    return expected;
  }

  private static Boolean parseBoolean(String text) {
    if (Ascii.equalsIgnoreCase(text, "true")) {
      return true;
    }
    if (Ascii.equalsIgnoreCase(text, "false")) {
      return false;
    }
    throw new IllegalArgumentException(text);
  }

  private static Integer parseInteger(String text) {
    String digits = text;
    if (!digits.matches("[+-]?(0|[1-9][0-9]*)")) {
      throw new IllegalArgumentException(text);
    }
    BigInteger value = new BigInteger(digits);
    if (value.compareTo(INT_MIN) < 0 || value.compareTo(INT_MAX) > 0) {
      throw new IllegalArgumentException(text);
    }
    return value.intValueExact();
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String capitalize(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
