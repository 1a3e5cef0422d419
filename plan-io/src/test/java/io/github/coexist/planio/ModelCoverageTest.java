package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Connection;
import io.github.coexist.core.model.Domains;
import io.github.coexist.core.model.DominoDirectory;
import io.github.coexist.core.model.DominoSettings;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.GlobalDomain;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.testplans.PlanGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-mapped parts of the plan must follow the model: a new attribute in core without a key
 * here fails this test instead of being silently dropped from plan files.
 */
class ModelCoverageTest {
  static Stream<Arguments> handMapped() {
    return Stream.of(
        Arguments.of(CoexistencePlan.class, PlanCodec.PLAN),
        Arguments.of(Domains.class, PlanCodec.DOMAINS),
        Arguments.of(CoexistenceServer.class, PlanCodec.SERVER),
        Arguments.of(Connection.class, PlanCodec.CONNECTION),
        Arguments.of(DominoSettings.class, PlanCodec.DOMINO),
        Arguments.of(DominoDirectory.class, PlanCodec.DIRECTORY),
        Arguments.of(GlobalDomain.class, PlanCodec.GLOBAL_DOMAIN),
        Arguments.of(LicenseFacts.class, PlanCodec.LICENSE));
  }

  @ParameterizedTest
  @MethodSource("handMapped")
  void everyModelAttributeHasAKey(Class<?> model, RecordCodec<?, ?> codec) {
    // The generated Immutable* class holds one field per attribute (defaults included).
    List<String> attributes =
        Arrays.stream(immutable(model).getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .filter(f -> !Modifier.isTransient(f.getModifiers()))
            .map(Field::getName)
            .sorted()
            .collect(Collectors.toList());
    List<String> keys =
        codec.fields().stream().map(f -> f.key).sorted().collect(Collectors.toList());

    assertThat(keys).isEqualTo(attributes);
  }

  private static Class<?> immutable(Class<?> model) {
    try {
      return Class.forName(model.getPackageName() + ".Immutable" + model.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void everyExchangeAttributeReadsBackThroughTheCatalogue(ObjectKind kind) {
    PlanGenerator generator = new PlanGenerator(kind.ordinal());
    for (Attribute attribute : kind.attributes()) {
      Object value = generator.value(attribute.valueType());
      String yaml =
          "name: n\n"
              + attribute.key()
              + ": "
              + (attribute.multiValued() ? "[" + quoted(value) + "]" : quoted(value))
              + "\n";
      if (attribute.key().equals("name")) {
        yaml = "name: " + quoted(value) + "\n";
      }
      ExchangeObject object =
          ExchangeObjectCodecs.of(kind)
              .read(TreeParser.parse("o.yaml", yaml, PlanFormat.YAML), "o");

      Object expected = attribute.multiValued() ? List.of(value) : value;
      assertThat(attribute.valueIn(object)).as(attribute.toString()).contains(expected);
    }
  }

  private static String quoted(Object value) {
    if (value instanceof Boolean || value instanceof Integer) {
      return value.toString();
    }
    String text =
        value instanceof io.github.coexist.core.model.ExchangeEnum
            ? ((io.github.coexist.core.model.ExchangeEnum) value).exchangeName()
            : value.toString();
    return "\""
        + text.replace("\\", "\\\\")
            .replace("\"", "\\\"")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\u0000", "\\0")
            .replace("\t", "\\t")
            .replace("\u0085", "\\N")
            .replace("\u2028", "\\L")
            .replace("\u2029", "\\P")
        + "\"";
  }
}
