package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A draft sets every attribute through the generated builder, and refuses values of other types.
 */
class ExchangeObjectDraftTest {
  static Stream<ObjectKind> kinds() {
    return EnumSet.allOf(ObjectKind.class).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyAttributeSetReadsBackThroughItsGetter(ObjectKind kind) {
    for (Attribute attribute : kind.attributes()) {
      Object value = sample(attribute.valueType());
      ExchangeObjectDraft draft = ExchangeObjectDraft.of(kind).set(attribute(kind, "name"), "n");
      draft.set(attribute, attribute.multiValued() ? List.of(value) : value);
      ExchangeObject object = draft.build();

      assertThat(object).isInstanceOf(kind.type());
      assertThat(attribute.valueIn(object))
          .as("%s", attribute)
          .contains(attribute.multiValued() ? List.of(value) : value);
      for (Attribute other : kind.attributes()) {
        if (other != attribute && !other.key().equals("name")) {
          assertThat(other.valueIn(object)).as("%s after setting %s", other, attribute).isEmpty();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void everyAttributeButTheNameCanBeSetToNull(ObjectKind kind) {
    for (Attribute attribute : kind.attributes().subList(1, kind.attributes().size())) {
      ExchangeObject object =
          ExchangeObjectDraft.of(kind).set(attribute(kind, "name"), "n").setNull(attribute).build();

      assertThat(object.explicitNulls()).as("%s", attribute).containsExactly(attribute.key());
      assertThat(attribute.isManagedIn(object)).isTrue();
    }
  }

  @Test
  void refusesAValueOfAnotherType() {
    Attribute hosts = attribute(ObjectKind.SEND_CONNECTOR, "smartHosts");
    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");
    ExchangeObjectDraft draft = ExchangeObjectDraft.of(ObjectKind.SEND_CONNECTOR);

    assertThatThrownBy(() -> draft.set(hosts, List.of("relay.contoso.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.smartHosts takes SmartHost, not String");
    assertThatThrownBy(() -> draft.set(hosts, SmartHost.parse("relay.contoso.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.smartHosts takes a list");
    assertThatThrownBy(() -> draft.set(comment, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.comment takes String, not Integer");
    assertThatThrownBy(
            () -> draft.set(hosts, java.util.Arrays.asList(SmartHost.parse("a.b"), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sendConnectors.smartHosts takes SmartHost, not null");
    assertThatThrownBy(() -> draft.set(comment, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("value");
  }

  @Test
  void refusesAnAttributeOfAnotherKind() {
    ExchangeObjectDraft draft = ExchangeObjectDraft.of(ObjectKind.RECEIVE_CONNECTOR);
    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");

    assertThatThrownBy(() -> draft.set(comment, "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment is not an attribute of ReceiveConnector");
    assertThatThrownBy(() -> draft.setNull(comment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment is not an attribute of ReceiveConnector");
  }

  @Test
  void theModelRefusesAnAttributeBothSetAndNull() {
    Attribute comment = attribute(ObjectKind.SEND_CONNECTOR, "comment");
    ExchangeObjectDraft draft =
        ExchangeObjectDraft.of(ObjectKind.SEND_CONNECTOR)
            .set(attribute(ObjectKind.SEND_CONNECTOR, "name"), "n")
            .set(comment, "c")
            .setNull(comment);

    assertThatThrownBy(draft::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SendConnector.comment is both set and null");
  }

  private static Attribute attribute(ObjectKind kind, String key) {
    return kind.attribute(key).orElseThrow();
  }

  /** One value of each value type of the table. */
  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "text";
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    if (type == Integer.class) {
      return 7;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[type.getEnumConstants().length - 1];
    }
    Map<Class<?>, Object> values =
        Map.of(
            SmtpDomain.class, SmtpDomain.parse("contoso.com"),
            AddressSpace.class, AddressSpace.parse("contoso.com"),
            SmartHost.class, SmartHost.parse("relay.contoso.com"),
            Binding.class, Binding.parse("0.0.0.0:25"),
            IpRange.class, IpRange.parse("192.0.2.0/24"),
            IpAddress.class, IpAddress.parse("192.0.2.1"),
            EmailAddressTemplate.class, EmailAddressTemplate.parse("SMTP:@contoso.com"),
            ByteQuantity.class, ByteQuantity.parse("10 MB"),
            CountLimit.class, CountLimit.parse("10"),
            TimeSpan.class, TimeSpan.parse("00:10:00"));
    assertThat(values).as("a sample of %s", type.getSimpleName()).containsKey(type);
    return values.get(type);
  }
}
