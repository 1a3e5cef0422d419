package io.github.coexist.livestate;

import com.google.common.collect.ImmutableMap;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.ErrorPolicy;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ProtocolLoggingLevel;
import io.github.coexist.core.model.SendConnectorType;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The numbers of Exchange enumerations that coexist has seen beside their names, in {@code
 * Export-Clixml} captures of real organisations ({@code <ToString>} and {@code <I32>} of the same
 * value; src/test/resources/clixml). Windows PowerShell 5.1's {@code ConvertTo-Json} writes enums
 * as these numbers. A model enumeration's declared order is Microsoft's documentation order, not
 * Exchange's numbering ({@code AcceptedDomainType}: Authoritative 0, InternalRelay 2, yet
 * InternalRelay is documented second), so no number is guessed from it: a number not listed here is
 * refused with a message that says how to get names.
 */
final class EnumNumbers {
  private static final ImmutableMap<Class<?>, ImmutableMap<Long, ExchangeEnum>> KNOWN =
      ImmutableMap.<Class<?>, ImmutableMap<Long, ExchangeEnum>>builder()
          .put(
              AcceptedDomainType.class,
              ImmutableMap.of(
                  0L, AcceptedDomainType.AUTHORITATIVE, 2L, AcceptedDomainType.INTERNAL_RELAY))
          .put(ErrorPolicy.class, ImmutableMap.of(0L, ErrorPolicy.DEFAULT))
          .put(ProtocolLoggingLevel.class, ImmutableMap.of(0L, ProtocolLoggingLevel.NONE))
          .put(SendConnectorType.class, ImmutableMap.of(0L, SendConnectorType.DEFAULT))
          .buildOrThrow();

  private EnumNumbers() {}

  /**
   * The value numbered {@code text} in {@code type}.
   *
   * @throws IllegalArgumentException when coexist has not verified that number
   */
  static ExchangeEnum of(Class<?> type, String text) {
    Map<Long, ExchangeEnum> known = KNOWN.getOrDefault(type, ImmutableMap.of());
    ExchangeEnum value = null;
    try {
      value = known.get(Long.parseLong(text));
    } catch (NumberFormatException e) {
      // not a whole number: refused below
    }
    if (value != null) {
      return value;
    }
    String verified =
        known.isEmpty()
            ? "none"
            : known.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue().exchangeName())
                .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        type.getSimpleName()
            + " "
            + text
            + " is an enumeration number (Windows PowerShell 5.1's ConvertTo-Json writes them);"
            + " coexist maps only numbers it has seen beside their names ("
            + verified
            + "): write names with PowerShell 7's ConvertTo-Json -EnumsAsStrings, or take the"
            + " snapshot with coexist emit snapshot");
  }
}
