package io.github.coexist.core.rules;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.EmailAddressPolicy;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.ImmutableAcceptedDomain;
import io.github.coexist.core.model.ImmutableCoexistencePlan;
import io.github.coexist.core.model.ImmutableDominoSettings;
import io.github.coexist.core.model.ImmutableEmailAddressPolicy;
import io.github.coexist.core.model.ImmutableInboundConnector;
import io.github.coexist.core.model.ImmutableOutboundConnector;
import io.github.coexist.core.model.ImmutableReceiveConnector;
import io.github.coexist.core.model.ImmutableRemoteDomain;
import io.github.coexist.core.model.ImmutableSendConnector;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.LicenseFacts;
import io.github.coexist.core.model.LicenseType;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.OutboundConnector;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.RemoteDomain;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.recommend.PlanRequest;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.recommend.TlsChoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plans for rule tests: the recommended plans with TLS required (so they carry no warning), and
 * small edits of one object at a time.
 */
final class TestPlans {
  /** The day rule tests judge on. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private TestPlans() {}

  /**
   * The recommended Exchange Server plan (EX01, EX02; 10.1.1.1, 10.1.1.2) with TLS required and
   * Exchange as the MX (so the receive connectors are externally secured, as the guide's are).
   */
  static CoexistencePlan server() {
    return RecommendedPlans.create(
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_SERVER))
            .mailExchanger(MailExchanger.EXCHANGE)
            .tls(TlsChoice.REQUIRED)
            .build());
  }

  /**
   * The recommended Exchange Online plan with TLS required, a certificate name, the servers at the
   * public addresses 20.30.40.1 and 20.30.40.2, and Exchange as the MX (so the inbound connector
   * treats messages as internal, as the guide's does).
   */
  static CoexistencePlan online() {
    return RecommendedPlans.create(
        PlanRequest.builder()
            .from(RecommendedPlans.example(Environment.EXCHANGE_ONLINE))
            .coexistenceServers(
                List.of(
                    CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "20.30.40.1"),
                    CoexistenceServer.of("COEX02/ACME", "10.1.1.2", "20.30.40.2")))
            .mailExchanger(MailExchanger.EXCHANGE)
            .tls(TlsChoice.REQUIRED)
            .tlsCertificateName("coex.contoso.com")
            .build());
  }

  /** A standard-zapp license for the process domain ACME, valid through 2027-01-05. */
  static LicenseFacts license(LicenseType type) {
    return LicenseFacts.builder()
        .type(type)
        .licensee("Contoso")
        .generated(LocalDate.of(2026, 1, 5))
        .expires(LocalDate.of(2027, 1, 5))
        .processDomain("ACME")
        .adminEmail("notes-admin@contoso.com")
        .build();
  }

  static CoexistencePlan plan(
      CoexistencePlan plan, Consumer<ImmutableCoexistencePlan.Builder> edit) {
    ImmutableCoexistencePlan.Builder builder = CoexistencePlan.builder().from(plan);
    edit.accept(builder);
    return builder.build();
  }

  static CoexistencePlan domino(
      CoexistencePlan plan, Consumer<ImmutableDominoSettings.Builder> edit) {
    ImmutableDominoSettings.Builder builder =
        io.github.coexist.core.model.DominoSettings.builder().from(plan.domino().orElseThrow());
    edit.accept(builder);
    return plan(plan, p -> p.domino(builder.build()));
  }

  static CoexistencePlan remote(
      CoexistencePlan plan, int index, Consumer<ImmutableRemoteDomain.Builder> edit) {
    List<RemoteDomain> list = new ArrayList<>(plan.remoteDomains());
    ImmutableRemoteDomain.Builder builder = RemoteDomain.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.remoteDomains(list));
  }

  static CoexistencePlan accepted(
      CoexistencePlan plan, int index, Consumer<ImmutableAcceptedDomain.Builder> edit) {
    List<AcceptedDomain> list = new ArrayList<>(plan.acceptedDomains());
    ImmutableAcceptedDomain.Builder builder = AcceptedDomain.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.acceptedDomains(list));
  }

  static CoexistencePlan policy(
      CoexistencePlan plan, int index, Consumer<ImmutableEmailAddressPolicy.Builder> edit) {
    List<EmailAddressPolicy> list = new ArrayList<>(plan.emailAddressPolicies());
    ImmutableEmailAddressPolicy.Builder builder =
        EmailAddressPolicy.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.emailAddressPolicies(list));
  }

  static CoexistencePlan send(
      CoexistencePlan plan, int index, Consumer<ImmutableSendConnector.Builder> edit) {
    List<SendConnector> list = new ArrayList<>(plan.sendConnectors());
    ImmutableSendConnector.Builder builder = SendConnector.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.sendConnectors(list));
  }

  static CoexistencePlan receive(
      CoexistencePlan plan, int index, Consumer<ImmutableReceiveConnector.Builder> edit) {
    List<ReceiveConnector> list = new ArrayList<>(plan.receiveConnectors());
    ImmutableReceiveConnector.Builder builder = ReceiveConnector.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.receiveConnectors(list));
  }

  static CoexistencePlan inbound(
      CoexistencePlan plan, int index, Consumer<ImmutableInboundConnector.Builder> edit) {
    List<InboundConnector> list = new ArrayList<>(plan.inboundConnectors());
    ImmutableInboundConnector.Builder builder = InboundConnector.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.inboundConnectors(list));
  }

  static CoexistencePlan outbound(
      CoexistencePlan plan, int index, Consumer<ImmutableOutboundConnector.Builder> edit) {
    List<OutboundConnector> list = new ArrayList<>(plan.outboundConnectors());
    ImmutableOutboundConnector.Builder builder = OutboundConnector.builder().from(list.get(index));
    edit.accept(builder);
    list.set(index, builder.build());
    return plan(plan, p -> p.outboundConnectors(list));
  }
}
