package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.testsupport.CmdletReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every enumeration holds exactly the reference's accepted values, in Exchange's spelling. */
class EnumParityTest {
  static Stream<Arguments> enumeratedAttributes() {
    List<Arguments> all = new ArrayList<>();
    for (ObjectKind kind : ObjectKind.values()) {
      for (Attribute attribute : kind.attributes()) {
        if (attribute.valueType().isEnum()) {
          all.add(Arguments.of(attribute));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumeratedAttributes")
  void enumEqualsTheAcceptedValues(Attribute attribute) {
    Set<String> documented = new LinkedHashSet<>();
    for (String verb : List.of("New", "Set")) {
      String cmdlet = verb + "-" + attribute.kind().noun();
      if (CmdletReference.get().parameters(cmdlet).contains(attribute.parameter())) {
        documented.addAll(CmdletReference.get().acceptedValues(cmdlet, attribute.parameter()));
      }
    }
    Set<String> modelled =
        Arrays.stream(attribute.valueType().getEnumConstants())
            .map(c -> ((ExchangeEnum) c).exchangeName())
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(modelled).containsExactlyInAnyOrderElementsOf(documented);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumeratedAttributes")
  void parsesCaseInsensitivelyAndRefusesOthers(Attribute attribute) throws Exception {
    for (Object constant : attribute.valueType().getEnumConstants()) {
      String name = ((ExchangeEnum) constant).exchangeName();
      Object parsed =
          attribute
              .valueType()
              .getMethod("parse", String.class)
              .invoke(null, name.toUpperCase(java.util.Locale.ROOT));
      assertThat(parsed).isSameAs(constant);
    }
  }
}
