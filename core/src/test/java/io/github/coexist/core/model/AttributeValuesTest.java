package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.recommend.RecommendedPlans;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AttributeValues} reads what {@link Attribute#valueIn} and {@link Attribute#isManagedIn}
 * say.
 */
class AttributeValuesTest {
  static Stream<ExchangeObject> objects() {
    List<ExchangeObject> objects = new ArrayList<>();
    for (Environment environment : Environment.values()) {
      CoexistencePlan plan = RecommendedPlans.create(RecommendedPlans.example(environment));
      for (ObjectKind kind : ObjectKind.values()) {
        objects.addAll(plan.objects(kind));
      }
    }
    objects.add(
        SendConnector.builder()
            .name("with nulls")
            .addExplicitNull("comment")
            .addExplicitNull("smartHosts")
            .build());
    objects.add(ReceiveConnector.builder().name("bare").build());
    return objects.stream();
  }

  @ParameterizedTest
  @MethodSource("objects")
  void givesEveryAttributeAsValueInDoes(ExchangeObject object) {
    AttributeValues values = AttributeValues.of(object);
    List<Attribute> managed = new ArrayList<>();
    for (Attribute attribute : object.kind().attributes()) {
      assertThat(values.get(attribute)).as(attribute.key()).isEqualTo(attribute.valueIn(object));
      assertThat(values.isPresent(attribute)).isEqualTo(attribute.valueIn(object).isPresent());
      if (attribute.isManagedIn(object)) {
        managed.add(attribute);
      }
    }
    assertThat(values.managed()).containsExactlyElementsOf(managed);
    assertThat(values.kind()).isEqualTo(object.kind());
  }

  @Test
  void listsTheExplicitNullsAmongTheManaged() {
    SendConnector connector = SendConnector.builder().name("n").addExplicitNull("comment").build();
    assertThat(AttributeValues.of(connector).managed())
        .extracting(Attribute::key)
        .containsExactly("name", "comment");
  }

  @Test
  void refusesAnAttributeOfAnotherKind() {
    AttributeValues values = AttributeValues.of(SendConnector.builder().name("n").build());
    Attribute other = ObjectKind.RECEIVE_CONNECTOR.attribute("bindings").orElseThrow();
    assertThatThrownBy(() -> values.get(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bindings is not an attribute of SendConnector");
  }

  @Test
  void knowsEachAttributesPositionInItsKind() {
    for (ObjectKind kind : ObjectKind.values()) {
      List<Attribute> attributes = kind.attributes();
      for (int i = 0; i < attributes.size(); i++) {
        assertThat(attributes.get(i).index()).isEqualTo(i);
      }
    }
    Attribute placed = ObjectKind.SEND_CONNECTOR.attributes().get(0);
    assertThatThrownBy(() -> Attribute.inOrder(placed)).isInstanceOf(IllegalStateException.class);
  }
}
