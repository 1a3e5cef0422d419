package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.inbound;
import static io.github.coexist.core.rules.TestPlans.online;
import static io.github.coexist.core.rules.TestPlans.outbound;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.ConnectorType;
import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.value.IpRange;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-EXO-*: Exchange Online's inbound and outbound connectors (guide 7.1.3, 7.1.4; E7, E8). */
class ExchangeOnlineConnectorRulesTest {
  private static List<IpRange> ranges(String... texts) {
    return List.of(texts).stream().map(IpRange::parse).toList();
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
            "no sender domains",
            "COEX-EXO-001",
            ERROR,
            "inboundConnectors[0].senderDomains",
            inbound(online(), 0, c -> c.senderDomains(List.of()))),
        passes("sender domains", "COEX-EXO-001", online()),
        triggers(
                "an IPv6 sender address",
                "COEX-EXO-002",
                ERROR,
                "inboundConnectors[0].senderIpAddresses[2]",
                inbound(online(), 0, c -> c.addSenderIpAddresses(IpRange.parse("2001:db8::1"))))
            .mentioning("2001:db8::1"),
        passes("IPv4 sender addresses", "COEX-EXO-002", online()),
        triggers(
                "a /16 sender range",
                "COEX-EXO-003",
                ERROR,
                "inboundConnectors[0].senderIpAddresses[2]",
                inbound(online(), 0, c -> c.addSenderIpAddresses(IpRange.parse("20.30.0.0/16"))))
            .mentioning("20.30.0.0/16"),
        triggers(
            "a first-last sender range",
            "COEX-EXO-003",
            ERROR,
            "inboundConnectors[0].senderIpAddresses[0]",
            inbound(online(), 0, c -> c.senderIpAddresses(ranges("20.30.40.1-20.30.40.2")))),
        passes(
            "a /24 sender block",
            "COEX-EXO-003",
            inbound(online(), 0, c -> c.senderIpAddresses(ranges("20.30.40.0/24")))),
        triggers(
            "an OnPremises connector with neither addresses nor certificate",
            "COEX-EXO-004",
            ERROR,
            "inboundConnectors[0].senderIpAddresses",
            inbound(
                online(),
                0,
                c -> c.senderIpAddresses(List.of()).tlsSenderCertificateName(Optional.empty()))),
        passes(
            "an OnPremises connector identified by certificate only",
            "COEX-EXO-004",
            inbound(online(), 0, c -> c.senderIpAddresses(List.of()))),
        triggers(
                "a coexistence server missing from the sender addresses",
                "COEX-EXO-005",
                ERROR,
                "inboundConnectors[0].senderIpAddresses",
                inbound(
                    online(),
                    0,
                    c ->
                        c.senderIpAddresses(ranges("20.30.40.1"))
                            .tlsSenderCertificateName(Optional.empty())))
            .mentioning("20.30.40.2"),
        passes(
            "a missing address when the certificate identifies the servers",
            "COEX-EXO-005",
            inbound(online(), 0, c -> c.senderIpAddresses(ranges("20.30.40.1")))),
        triggers(
            "TreatMessagesAsInternal on a Partner connector",
            "COEX-EXO-006",
            ERROR,
            "inboundConnectors[0].treatMessagesAsInternal",
            inbound(online(), 0, c -> c.connectorType(ConnectorType.PARTNER))),
        triggers(
                "TreatMessagesAsInternal with the default (Partner) type",
                "COEX-EXO-006",
                ERROR,
                "inboundConnectors[0].treatMessagesAsInternal",
                inbound(online(), 0, c -> c.connectorType(Optional.empty())))
            .mentioning("Partner"),
        passes("TreatMessagesAsInternal on an OnPremises connector", "COEX-EXO-006", online()),
        triggers(
            "TreatMessagesAsInternal with CloudServicesMailEnabled",
            "COEX-EXO-007",
            ERROR,
            "inboundConnectors[0].treatMessagesAsInternal",
            inbound(online(), 0, c -> c.cloudServicesMailEnabled(true))),
        passes(
            "TreatMessagesAsInternal without CloudServicesMailEnabled",
            "COEX-EXO-007",
            inbound(online(), 0, c -> c.cloudServicesMailEnabled(false))),
        triggers(
                "an internal-treated /24 around the servers",
                "COEX-EXO-008",
                WARNING,
                "inboundConnectors[0].senderIpAddresses[0]",
                inbound(online(), 0, c -> c.senderIpAddresses(ranges("20.30.40.0/24"))))
            .mentioning("254 addresses"),
        passes(
            "a /24 without TreatMessagesAsInternal",
            "COEX-EXO-008",
            inbound(
                online(),
                0,
                c -> c.senderIpAddresses(ranges("20.30.40.0/24")).treatMessagesAsInternal(false))),
        triggers(
            "UseMXRecord $false without smart hosts",
            "COEX-EXO-009",
            ERROR,
            "outboundConnectors[0].smartHosts",
            outbound(online(), 0, c -> c.smartHosts(List.of()))),
        passes("UseMXRecord $false with smart hosts", "COEX-EXO-009", online()),
        triggers(
            "smart hosts with UseMXRecord $true",
            "COEX-EXO-010",
            WARNING,
            "outboundConnectors[0].useMxRecord",
            outbound(online(), 0, c -> c.useMxRecord(true))),
        triggers(
                "smart hosts with UseMXRecord unmanaged",
                "COEX-EXO-010",
                WARNING,
                "outboundConnectors[0].useMxRecord",
                outbound(online(), 0, c -> c.useMxRecord(Optional.empty())))
            .mentioning("default true"),
        passes("smart hosts with UseMXRecord $false", "COEX-EXO-010", online()),
        triggers(
                "recipient domains without the Domino domain",
                "COEX-EXO-011",
                ERROR,
                "outboundConnectors[0].recipientDomains",
                outbound(
                    online(),
                    0,
                    c -> c.recipientDomains(List.of(SmtpDomain.parse("fabrikam.com")))))
            .mentioning("domino.contoso.com"),
        passes(
            "a transport-rule scoped connector without recipient domains",
            "COEX-EXO-011",
            outbound(online(), 0, c -> c.recipientDomains(List.of()).isTransportRuleScoped(true))),
        triggers(
            "RouteAllMessagesViaOnPremises on a Partner connector",
            "COEX-EXO-012",
            ERROR,
            "outboundConnectors[0].routeAllMessagesViaOnPremises",
            outbound(
                online(),
                0,
                c -> c.connectorType(ConnectorType.PARTNER).routeAllMessagesViaOnPremises(true))),
        passes(
            "RouteAllMessagesViaOnPremises on an OnPremises connector",
            "COEX-EXO-012",
            outbound(online(), 0, c -> c.routeAllMessagesViaOnPremises(true))),
        triggers(
            "a TLS domain without DomainValidation",
            "COEX-EXO-013",
            WARNING,
            "outboundConnectors[0].tlsDomain",
            outbound(online(), 0, c -> c.tlsDomain(SmtpDomain.parse("coex.contoso.com")))),
        passes(
            "a TLS domain with DomainValidation",
            "COEX-EXO-013",
            outbound(
                online(),
                0,
                c ->
                    c.tlsSettings(TlsAuthLevel.DOMAIN_VALIDATION)
                        .tlsDomain(SmtpDomain.parse("coex.contoso.com")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
