package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.SmartHost;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing a loaded plan through its public types: toBuilder, mapObjects, list setters. */
class EditingTest {
  private static final CoexistencePlan SERVER =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));
  private static final CoexistencePlan ONLINE =
      RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));

  @Test
  void aPlanIsEditedThroughItsOwnBuilderType() {
    CoexistencePlan.Builder builder = SERVER.toBuilder();
    CoexistencePlan edited = builder.organization("Fabrikam").build();
    assertThat(edited.organization()).contains("Fabrikam");
    assertThat(edited.sendConnectors()).isEqualTo(SERVER.sendConnectors());
    assertThat(SERVER.toBuilder().build()).isEqualTo(SERVER);
  }

  @Test
  void everyObjectTypeHasToBuilderReturningItsPublicBuilder() {
    SendConnector c = SERVER.sendConnectors().get(0);
    SendConnector.Builder builder = c.toBuilder();
    assertThat(builder.comment("edited").build().comment()).contains("edited");
    for (ObjectKind kind : ObjectKind.values()) {
      for (ExchangeObject object : SERVER.objects(kind)) {
        assertThat(rebuilt(object)).isEqualTo(object);
      }
      for (ExchangeObject object : ONLINE.objects(kind)) {
        assertThat(rebuilt(object)).isEqualTo(object);
      }
    }
    Domains domains = SERVER.domains();
    assertThat(domains.toBuilder().build()).isEqualTo(domains);
    DominoSettings domino = SERVER.domino().orElseThrow();
    assertThat(domino.toBuilder().build()).isEqualTo(domino);
    CoexistenceServer server = SERVER.coexistenceServers().get(0);
    assertThat(server.toBuilder().build()).isEqualTo(server);
    PlanRequest request = RecommendedPlans.example(Environment.EXCHANGE_SERVER);
    PlanRequest.Builder requestBuilder = request.toBuilder();
    assertThat(requestBuilder.build()).isEqualTo(request);
  }

  private static ExchangeObject rebuilt(ExchangeObject object) {
    return switch (object.kind()) {
      case REMOTE_DOMAIN -> ((RemoteDomain) object).toBuilder().build();
      case ACCEPTED_DOMAIN -> ((AcceptedDomain) object).toBuilder().build();
      case EMAIL_ADDRESS_POLICY -> ((EmailAddressPolicy) object).toBuilder().build();
      case SEND_CONNECTOR -> ((SendConnector) object).toBuilder().build();
      case RECEIVE_CONNECTOR -> ((ReceiveConnector) object).toBuilder().build();
      case INBOUND_CONNECTOR -> ((InboundConnector) object).toBuilder().build();
      case OUTBOUND_CONNECTOR -> ((OutboundConnector) object).toBuilder().build();
    };
  }

  @Test
  void mapObjectsChangesEveryObjectOfOneKindAndKeepsTheRest() {
    CoexistencePlan edited =
        SERVER.mapObjects(
            SendConnector.class,
            c -> c.toBuilder().tlsAuthLevel(TlsAuthLevel.DOMAIN_VALIDATION).build());
    assertThat(edited.sendConnectors())
        .isNotEmpty()
        .allMatch(
            c -> c.tlsAuthLevel().equals(java.util.Optional.of(TlsAuthLevel.DOMAIN_VALIDATION)));
    assertThat(edited.sendConnectors())
        .extracting(SendConnector::name)
        .isEqualTo(SERVER.sendConnectors().stream().map(SendConnector::name).toList());
    assertThat(edited.receiveConnectors()).isEqualTo(SERVER.receiveConnectors());
    assertThat(edited.toBuilder().sendConnectors(SERVER.sendConnectors()).build())
        .isEqualTo(SERVER);
  }

  @Test
  void mapObjectsRefusesNullsByName() {
    assertThatThrownBy(() -> SERVER.mapObjects(null, c -> c)).hasMessage("type");
    assertThatThrownBy(() -> SERVER.mapObjects(SendConnector.class, null)).hasMessage("edit");
    assertThatThrownBy(() -> SERVER.mapObjects(SendConnector.class, c -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("edit returned null for sendConnectors[0]");
    assertThat(ObjectKind.of(SendConnector.class)).isEqualTo(ObjectKind.SEND_CONNECTOR);
  }

  @Test
  void aListSetterReplacesAndAddAppends() {
    SendConnector c = SERVER.sendConnectors().get(0);
    SmartHost one = SmartHost.parse("10.9.9.1");
    SmartHost two = SmartHost.parse("10.9.9.2");
    assertThat(c.toBuilder().smartHosts(List.of(one)).build().smartHosts()).containsExactly(one);
    assertThat(c.toBuilder().smartHosts(List.of(one)).addSmartHost(two).build().smartHosts())
        .containsExactly(one, two);
    assertThat(c.toBuilder().addSmartHost(two).build().smartHosts())
        .containsExactlyElementsOf(
            com.google.common.collect.ImmutableList.<SmartHost>builder()
                .addAll(c.smartHosts())
                .add(two)
                .build());
  }
}
