package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.accepted;
import static io.github.coexist.core.rules.TestPlans.inbound;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.outbound;
import static io.github.coexist.core.rules.TestPlans.plan;
import static io.github.coexist.core.rules.TestPlans.receive;
import static io.github.coexist.core.rules.TestPlans.remote;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.INFO;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.AcceptedDomainType;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.CoexistenceServer;
import io.github.coexist.core.model.Environment;
import io.github.coexist.core.model.MailExchanger;
import io.github.coexist.core.model.TransportRole;
import io.github.coexist.core.recommend.RecommendedPlans;
import io.github.coexist.core.value.Binding;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17's rules: what Exchange Online reaches (COEX-REACH), least trust (COEX-TRUST), the Front
 * End service's port 25 (COEX-RECV-020), relay accepted domains (COEX-ADOM-020..022) and the
 * inbound connector's certificate name (COEX-EXO-020).
 */
class TrustAndReachRulesTest {
  private static CoexistencePlan dominoIsMx(CoexistencePlan plan) {
    return plan(plan, p -> p.mailExchanger(MailExchanger.DOMINO));
  }

  private static CoexistencePlan recommendedOnline() {
    return RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_ONLINE));
  }

  private static CoexistencePlan withServers(CoexistencePlan plan, CoexistenceServer... servers) {
    return plan(plan, p -> p.coexistenceServers(List.of(servers)));
  }

  private static CoexistencePlan primaryType(CoexistencePlan plan, AcceptedDomainType type) {
    return accepted(plan, 0, a -> a.domainType(type));
  }

  private static CoexistencePlan relayDomain(String domain, AcceptedDomainType type) {
    return plan(
        server(),
        p ->
            p.addAcceptedDomain(
                AcceptedDomain.builder()
                    .name("Relay")
                    .domainName(SmtpDomain.parse(domain))
                    .domainType(type)
                    .build()));
  }

  static List<RuleCase> cases() {
    return List.of(
        // COEX-REACH-001
        triggers(
                "a private smart host",
                "COEX-REACH-001",
                ERROR,
                "outboundConnectors[0].smartHosts[2]",
                outbound(online(), 0, c -> c.addSmartHosts(SmartHost.parse("10.1.1.1"))))
            .mentioning("10.0.0.0/8 (Private-Use, RFC 1918)"),
        triggers(
                "a shared-address-space sender address",
                "COEX-REACH-001",
                ERROR,
                "inboundConnectors[0].senderIpAddresses[2]",
                inbound(online(), 0, c -> c.addSenderIpAddresses(IpRange.parse("100.64.1.1"))))
            .mentioning("RFC 6598"),
        triggers(
                "a /24 sender block that reaches into 192.168/16",
                "COEX-REACH-001",
                ERROR,
                "inboundConnectors[0].senderIpAddresses[2]",
                inbound(online(), 0, c -> c.addSenderIpAddresses(IpRange.parse("192.168.0.0/24"))))
            .mentioning("Private-Use"),
        triggers(
                "a .local smart host",
                "COEX-REACH-001",
                ERROR,
                "outboundConnectors[0].smartHosts[2]",
                outbound(online(), 0, c -> c.addSmartHosts(SmartHost.parse("coex01.local"))))
            .mentioning("special-use"),
        triggers(
                "a single-label smart host",
                "COEX-REACH-001",
                ERROR,
                "outboundConnectors[0].smartHosts[2]",
                outbound(online(), 0, c -> c.addSmartHosts(SmartHost.parse("coex01"))))
            .mentioning("single-label"),
        triggers(
                "a loopback public address",
                "COEX-REACH-001",
                ERROR,
                "coexistenceServers[1].publicAddress",
                withServers(
                    online(),
                    CoexistenceServer.of("COEX01/ACME", "10.1.1.1", "20.30.40.1"),
                    CoexistenceServer.of("COEX02/ACME", "10.1.1.2", "127.0.0.1")))
            .mentioning("Loopback"),
        triggers(
                "a unique-local IPv6 smart host",
                "COEX-REACH-001",
                ERROR,
                "outboundConnectors[0].smartHosts[2]",
                outbound(online(), 0, c -> c.addSmartHosts(SmartHost.parse("fd00::25"))))
            .mentioning("Unique-Local"),
        triggers(
            "an Exchange Online server without a public address, at 10.1.1.1",
            "COEX-REACH-001",
            ERROR,
            "outboundConnectors[0].smartHosts[0]",
            outbound(online(), 0, c -> c.smartHosts(List.of(SmartHost.parse("10.1.1.1"))))),
        passes("public addresses", "COEX-REACH-001", online()),
        passes("public host names under the domain", "COEX-REACH-001", recommendedOnline()),
        passes(
            "Exchange Server's internal addresses are not Exchange Online's business",
            "COEX-REACH-001",
            server()),
        // COEX-EXO-005 with public host names
        triggers(
                "servers known by host name, a connector by address only",
                "COEX-EXO-005",
                ERROR,
                "inboundConnectors[0].senderIpAddresses",
                inbound(
                    recommendedOnline(),
                    0,
                    c ->
                        c.tlsSenderCertificateName(java.util.Optional.empty())
                            .senderIpAddresses(List.of(IpRange.parse("20.30.40.1")))))
            .mentioning("coex01.contoso.com"),
        // COEX-TRUST-001
        triggers(
                "ExternalAuthoritative while Domino is the MX",
                "COEX-TRUST-001",
                WARNING,
                "receiveConnectors[0].authMechanism[1]",
                dominoIsMx(server()))
            .mentioning("forged"),
        passes("ExternalAuthoritative once Exchange is the MX", "COEX-TRUST-001", server()),
        passes(
            "anonymous connector while Domino is the MX",
            "COEX-TRUST-001",
            RecommendedPlans.create(RecommendedPlans.example(Environment.EXCHANGE_SERVER))),
        // COEX-TRUST-002
        triggers(
            "TreatMessagesAsInternal while Domino is the MX",
            "COEX-TRUST-002",
            WARNING,
            "inboundConnectors[0].treatMessagesAsInternal",
            dominoIsMx(online())),
        passes("TreatMessagesAsInternal once Exchange is the MX", "COEX-TRUST-002", online()),
        passes(
            "no TreatMessagesAsInternal while Domino is the MX",
            "COEX-TRUST-002",
            recommendedOnline()),
        // COEX-TRUST-003
        triggers(
            "the guide's TrustedMailInboundEnabled $true",
            "COEX-TRUST-003",
            WARNING,
            "remoteDomains[0].trustedMailInboundEnabled",
            remote(server(), 0, r -> r.trustedMailInboundEnabled(true))),
        passes("TrustedMailInboundEnabled $false", "COEX-TRUST-003", server()),
        // COEX-RECV-020
        triggers(
                "the guide's Hub Transport connector on port 25",
                "COEX-RECV-020",
                ERROR,
                "receiveConnectors[0].bindings[0]",
                receive(server(), 0, r -> r.transportRole(TransportRole.HUB_TRANSPORT)))
            .mentioning("Front End"),
        passes("a Front End connector on port 25", "COEX-RECV-020", server()),
        passes(
            "a Hub connector on port 2525",
            "COEX-RECV-020",
            receive(
                server(),
                0,
                r ->
                    r.transportRole(TransportRole.HUB_TRANSPORT)
                        .bindings(List.of(Binding.parse("0.0.0.0:2525"))))),
        passes(
            "Microsoft's Edge default connector on port 25",
            "COEX-RECV-020",
            receive(
                server(),
                0,
                r ->
                    r.name("Default internal receive connector EX01")
                        .transportRole(TransportRole.HUB_TRANSPORT))),
        // COEX-ADOM-020
        triggers(
                "\"*\" as InternalRelay",
                "COEX-ADOM-020",
                ERROR,
                "acceptedDomains[2].domainName",
                relayDomain("*", AcceptedDomainType.INTERNAL_RELAY))
            .mentioning("open relay"),
        triggers(
                "*.co.uk as ExternalRelay",
                "COEX-ADOM-020",
                ERROR,
                "acceptedDomains[2].domainName",
                relayDomain("*.co.uk", AcceptedDomainType.EXTERNAL_RELAY))
            .mentioning("co.uk"),
        triggers(
            "com with matchSubDomains as InternalRelay",
            "COEX-ADOM-020",
            ERROR,
            "acceptedDomains[2].domainName",
            accepted(
                relayDomain("com", AcceptedDomainType.INTERNAL_RELAY),
                2,
                a -> a.matchSubDomains(true))),
        passes(
            "*.contoso.com as InternalRelay",
            "COEX-ADOM-020",
            relayDomain("*.contoso.com", AcceptedDomainType.INTERNAL_RELAY)),
        passes(
            "\"*\" as Authoritative is not a relay",
            "COEX-ADOM-020",
            relayDomain("*", AcceptedDomainType.AUTHORITATIVE)),
        // COEX-ADOM-021
        triggers(
                "the shared domain left at the tenant's Authoritative",
                "COEX-ADOM-021",
                INFO,
                "acceptedDomains[0].domainType",
                online())
            .mentioning("mail contact"),
        triggers(
            "the shared domain Authoritative",
            "COEX-ADOM-021",
            INFO,
            "acceptedDomains[0].domainType",
            primaryType(online(), AcceptedDomainType.AUTHORITATIVE)),
        passes(
            "the shared domain InternalRelay",
            "COEX-ADOM-021",
            primaryType(online(), AcceptedDomainType.INTERNAL_RELAY)),
        passes("Exchange Server", "COEX-ADOM-021", server()),
        // COEX-ADOM-022
        triggers(
                "InternalRelay without a connector for the shared domain",
                "COEX-ADOM-022",
                ERROR,
                "acceptedDomains[0].domainType",
                primaryType(online(), AcceptedDomainType.INTERNAL_RELAY))
            .mentioning("contoso.com"),
        passes(
            "InternalRelay with a connector for the shared domain",
            "COEX-ADOM-022",
            outbound(
                primaryType(online(), AcceptedDomainType.INTERNAL_RELAY),
                0,
                c -> c.addRecipientDomains(SmtpDomain.parse("contoso.com")))),
        // COEX-EXO-020
        triggers(
                "a certificate of another organisation's domain",
                "COEX-EXO-020",
                ERROR,
                "inboundConnectors[0].tlsSenderCertificateName",
                inbound(online(), 0, c -> c.tlsSenderCertificateName("coex.fabrikam.net")))
            .mentioning("fabrikam"),
        triggers(
            "a certificate name that is no domain",
            "COEX-EXO-020",
            ERROR,
            "inboundConnectors[0].tlsSenderCertificateName",
            inbound(online(), 0, c -> c.tlsSenderCertificateName("not a name"))),
        passes("coex.contoso.com", "COEX-EXO-020", online()),
        passes("*.contoso.com", "COEX-EXO-020", recommendedOnline()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
