package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.recommend.RecommendedPlans;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KindFactsTest {
  @ParameterizedTest
  @EnumSource(Environment.class)
  void everyKindIsCreatedInTheEnvironmentOrSaysWhyNot(Environment environment) {
    Set<ObjectKind> created = EnumSet.copyOf(KindFacts.creationOrder(environment));

    for (ObjectKind kind : ObjectKind.values()) {
      assertThat(KindFacts.absentFrom(kind, environment).isPresent())
          .as("%s in %s", kind, environment)
          .isNotEqualTo(created.contains(kind));
    }
    // Domains first: the connectors and the policy name them.
    assertThat(KindFacts.creationOrder(environment).subList(0, 2))
        .containsExactly(ObjectKind.REMOTE_DOMAIN, ObjectKind.ACCEPTED_DOMAIN);
  }

  @Test
  void theErrataSayWhyAKindIsMissing() {
    assertThat(KindFacts.absentFrom(ObjectKind.SEND_CONNECTOR, Environment.EXCHANGE_ONLINE))
        .hasValueSatisfying(reason -> assertThat(reason).endsWith("(E8)"));
    assertThat(KindFacts.absentFrom(ObjectKind.EMAIL_ADDRESS_POLICY, Environment.EXCHANGE_ONLINE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("(E15)"));
    assertThat(KindFacts.absentFrom(ObjectKind.INBOUND_CONNECTOR, Environment.EXCHANGE_SERVER))
        .hasValueSatisfying(reason -> assertThat(reason).contains("receive connectors"));
  }

  @Test
  void exchangeOnlineCreatesNoAcceptedDomain() {
    assertThat(KindFacts.createdElsewhere(ObjectKind.ACCEPTED_DOMAIN, Environment.EXCHANGE_ONLINE))
        .hasValueSatisfying(reason -> assertThat(reason).contains("(E6)"));
    assertThat(KindFacts.createdElsewhere(ObjectKind.ACCEPTED_DOMAIN, Environment.EXCHANGE_SERVER))
        .isEmpty();
    assertThat(KindFacts.createdElsewhere(ObjectKind.REMOTE_DOMAIN, Environment.EXCHANGE_ONLINE))
        .isEmpty();
  }

  @Test
  void newNeedsTheDomainNameOrTheAddressSpaces() {
    assertThat(KindFacts.requiredForNew(ObjectKind.REMOTE_DOMAIN).map(Attribute::key))
        .contains("domainName");
    assertThat(KindFacts.requiredForNew(ObjectKind.SEND_CONNECTOR).map(Attribute::key))
        .contains("addressSpaces");
    assertThat(KindFacts.requiredForNew(ObjectKind.INBOUND_CONNECTOR).map(Attribute::key))
        .contains("senderDomains");
    assertThat(KindFacts.requiredForNew(ObjectKind.RECEIVE_CONNECTOR)).isEmpty();
  }

  @Test
  void lookupsAndIdentities() {
    assertThat(KindFacts.belongsToOneServer(ObjectKind.RECEIVE_CONNECTOR)).isTrue();
    assertThat(KindFacts.belongsToOneServer(ObjectKind.SEND_CONNECTOR)).isFalse();
    assertThat(KindFacts.pagedIn(ObjectKind.INBOUND_CONNECTOR, Environment.EXCHANGE_ONLINE))
        .isTrue();
    assertThat(KindFacts.pagedIn(ObjectKind.EMAIL_ADDRESS_POLICY, Environment.EXCHANGE_ONLINE))
        .isFalse();
    assertThat(KindFacts.pagedIn(ObjectKind.SEND_CONNECTOR, Environment.EXCHANGE_SERVER)).isFalse();
  }

  @Test
  void usageAndItsSwitchesAreExclusiveOnSendAndReceiveConnectors() {
    assertThat(KindFacts.exclusiveUsage(ObjectKind.RECEIVE_CONNECTOR))
        .extracting(Attribute::key)
        .contains("usage", "internet", "internal")
        .allSatisfy(
            key ->
                assertThat(key)
                    .isIn("usage", "custom", "internal", "internet", "partner", "client"));
    assertThat(KindFacts.exclusiveUsage(ObjectKind.SEND_CONNECTOR))
        .extracting(Attribute::key)
        .contains("usage");
    assertThat(KindFacts.exclusiveUsage(ObjectKind.OUTBOUND_CONNECTOR)).isEmpty();
  }

  @Test
  void thePrimaryAcceptedDomainAndTheDefaultRemoteDomainExistedBefore() {
    CoexistencePlan plan =
        RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER));
    AcceptedDomain primary =
        AcceptedDomain.builder().name(plan.domains().primary().toString()).build();
    RemoteDomain defaultDomain = RemoteDomain.builder().name("Default").build();
    RemoteDomain other = RemoteDomain.builder().name("Domino").build();

    assertThat(KindFacts.existedBefore(primary, plan))
        .hasValueSatisfying(reason -> assertThat(reason).contains("primary accepted domain"));
    assertThat(KindFacts.existedBefore(defaultDomain, plan))
        .hasValueSatisfying(reason -> assertThat(reason).contains("default remote domain"));
    assertThat(KindFacts.existedBefore(other, plan)).isEmpty();
  }

  @Test
  void platformsAreNamedAsTheReferenceNamesThem() {
    assertThat(Platform.EXCHANGE_ONLINE.displayName()).isEqualTo("Exchange Online");
    assertThat(Platform.EXCHANGE_SE.displayName()).isEqualTo("Exchange Server SE");
    assertThat(Platform.EXCHANGE_2019.displayName()).isEqualTo("Exchange Server 2019");
  }

  @Test
  void domainsAreIdentifiedByTheirDomainNameEverythingElseByName() {
    for (ObjectKind kind : ObjectKind.values()) {
      boolean domain = kind == ObjectKind.ACCEPTED_DOMAIN || kind == ObjectKind.REMOTE_DOMAIN;
      assertThat(KindFacts.identifyingProperty(kind))
          .as("%s", kind)
          .isEqualTo(domain ? "DomainName" : "Name");
      if (domain) {
        // The lookup reads the domain from the kind's own attribute of that parameter.
        assertThat(kind.attribute("domainName"))
            .get()
            .extracting(Attribute::parameter)
            .isEqualTo("DomainName");
      }
    }
  }
}
