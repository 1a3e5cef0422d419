package io.github.coexist.core.rules;

import static io.github.coexist.core.rules.RuleCase.passes;
import static io.github.coexist.core.rules.RuleCase.triggers;
import static io.github.coexist.core.rules.TestPlans.send;
import static io.github.coexist.core.rules.TestPlans.server;
import static io.github.coexist.core.validation.Severity.ERROR;
import static io.github.coexist.core.validation.Severity.WARNING;

import io.github.coexist.core.model.TlsAuthLevel;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** COEX-SEND-*: the send connector to Domino and its TLS parameters (guide 7.2.4; E11, E12). */
class SendConnectorRulesTest {
  private static List<AddressSpace> spaces(String... texts) {
    return List.of(texts).stream().map(AddressSpace::parse).toList();
  }

  static List<RuleCase> cases() {
    return List.of(
        triggers(
                "an address space for another domain",
                "COEX-SEND-001",
                ERROR,
                "sendConnectors[0].addressSpaces",
                send(server(), 0, s -> s.addressSpaces(spaces("SMTP:fabrikam.com;1"))))
            .mentioning("domino.contoso.com"),
        triggers(
            "no address space",
            "COEX-SEND-001",
            ERROR,
            "sendConnectors[0].addressSpaces",
            send(server(), 0, s -> s.addressSpaces(List.of()))),
        passes(
            "a wildcard address space covering the Domino domain",
            "COEX-SEND-001",
            send(
                server(),
                0,
                s ->
                    s.addressSpaces(
                        spaces("SMTP:*.domino.contoso.com;1", "SMTP:domino.contoso.com;1")))),
        triggers(
                "the guide's duplicated address space (E12)",
                "COEX-SEND-002",
                ERROR,
                "sendConnectors[0].addressSpaces[1]",
                send(
                    server(),
                    0,
                    s -> s.addressSpaces(spaces("domino.contoso.com", "domino.contoso.com"))))
            .mentioning("addressSpaces[0]"),
        triggers(
            "the same address space with another cost",
            "COEX-SEND-002",
            ERROR,
            "sendConnectors[0].addressSpaces[1]",
            send(
                server(),
                0,
                s ->
                    s.addressSpaces(
                        spaces("SMTP:domino.contoso.com;1", "smtp:Domino.Contoso.com;5")))),
        passes("each address space once", "COEX-SEND-002", server()),
        triggers(
            "DNS routing off without smart hosts",
            "COEX-SEND-003",
            ERROR,
            "sendConnectors[0].smartHosts",
            send(server(), 0, s -> s.smartHosts(List.of()))),
        passes("DNS routing off with smart hosts", "COEX-SEND-003", server()),
        triggers(
            "smart hosts with DNS routing on",
            "COEX-SEND-004",
            ERROR,
            "sendConnectors[0].dnsRoutingEnabled",
            send(server(), 0, s -> s.dnsRoutingEnabled(true))),
        triggers(
            "smart hosts with DNS routing unmanaged",
            "COEX-SEND-004",
            ERROR,
            "sendConnectors[0].dnsRoutingEnabled",
            send(server(), 0, s -> s.dnsRoutingEnabled(Optional.empty()))),
        passes("smart hosts with DNS routing off", "COEX-SEND-004", server()),
        triggers(
                "a smart host that is no coexistence server",
                "COEX-SEND-005",
                WARNING,
                "sendConnectors[0].smartHosts[2]",
                send(server(), 0, s -> s.addSmartHosts(SmartHost.parse("10.1.1.9"))))
            .mentioning("10.1.1.9"),
        triggers(
                "a host name (perhaps a load balancer)",
                "COEX-SEND-005",
                WARNING,
                "sendConnectors[0].smartHosts[2]",
                send(server(), 0, s -> s.addSmartHosts(SmartHost.parse("relay.contoso.com"))))
            .mentioning("relay.contoso.com"),
        passes("the coexistence servers as smart hosts", "COEX-SEND-005", server()),
        triggers(
            "a CIDR smart host",
            "COEX-SEND-006",
            ERROR,
            "sendConnectors[0].smartHosts[0]",
            send(server(), 0, s -> s.smartHosts(List.of(SmartHost.parse("10.1.1.0/30"))))),
        passes("single-address smart hosts", "COEX-SEND-006", server()),
        triggers(
            "no source transport server",
            "COEX-SEND-007",
            ERROR,
            "sendConnectors[0].sourceTransportServers",
            send(server(), 0, s -> s.sourceTransportServers(List.of()))),
        passes("source transport servers", "COEX-SEND-007", server()),
        triggers(
                "the guide's lab server BTM-Exch2016 (E19)",
                "COEX-SEND-008",
                WARNING,
                "sendConnectors[0].sourceTransportServers[2]",
                send(server(), 0, s -> s.addSourceTransportServers("BTM-Exch2016")))
            .mentioning("BTM-Exch2016"),
        passes(
            "transport servers in another case",
            "COEX-SEND-008",
            send(server(), 0, s -> s.sourceTransportServers(List.of("ex01", "Ex02")))),
        triggers(
            "a TLS authentication level without RequireTLS",
            "COEX-SEND-009",
            ERROR,
            "sendConnectors[0].tlsAuthLevel",
            send(server(), 0, s -> s.requireTls(false).tlsAuthLevel(TlsAuthLevel.ENCRYPTION_ONLY))),
        triggers(
            "a TLS authentication level while ignoring STARTTLS",
            "COEX-SEND-009",
            ERROR,
            "sendConnectors[0].tlsAuthLevel",
            send(
                server(),
                0,
                s -> s.ignoreStarttls(true).tlsAuthLevel(TlsAuthLevel.CERTIFICATE_VALIDATION))),
        passes(
            "a TLS authentication level with RequireTLS",
            "COEX-SEND-009",
            send(server(), 0, s -> s.tlsAuthLevel(TlsAuthLevel.ENCRYPTION_ONLY))),
        triggers(
            "a TLS domain without DomainValidation",
            "COEX-SEND-010",
            ERROR,
            "sendConnectors[0].tlsDomain",
            send(
                server(),
                0,
                s ->
                    s.tlsAuthLevel(TlsAuthLevel.CERTIFICATE_VALIDATION)
                        .tlsDomain(SmtpDomain.parse("coex.contoso.com")))),
        passes(
            "a TLS domain with DomainValidation",
            "COEX-SEND-010",
            send(
                server(),
                0,
                s ->
                    s.tlsAuthLevel(TlsAuthLevel.DOMAIN_VALIDATION)
                        .tlsDomain(SmtpDomain.parse("coex.contoso.com")))),
        triggers(
            "DomainValidation through smart hosts without a TLS domain",
            "COEX-SEND-011",
            ERROR,
            "sendConnectors[0].tlsDomain",
            send(server(), 0, s -> s.tlsAuthLevel(TlsAuthLevel.DOMAIN_VALIDATION))),
        passes(
            "DomainValidation with its TLS domain",
            "COEX-SEND-011",
            send(
                server(),
                0,
                s ->
                    s.tlsAuthLevel(TlsAuthLevel.DOMAIN_VALIDATION)
                        .tlsDomain(SmtpDomain.parse("coex.contoso.com")))),
        triggers(
            "RequireTLS while ignoring STARTTLS",
            "COEX-SEND-012",
            ERROR,
            "sendConnectors[0].ignoreStarttls",
            send(server(), 0, s -> s.ignoreStarttls(true))),
        passes(
            "RequireTLS with STARTTLS",
            "COEX-SEND-012",
            send(server(), 0, s -> s.ignoreStarttls(false))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rule(RuleCase c) {
    c.verify();
  }
}
