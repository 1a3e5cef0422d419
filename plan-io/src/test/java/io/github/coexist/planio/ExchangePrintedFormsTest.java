package io.github.coexist.planio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.AuthMechanism;
import io.github.coexist.core.model.CoexistencePlan;
import io.github.coexist.core.model.InboundConnector;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.PermissionGroup;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.model.SendConnector;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.SmtpDomain;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Values as Exchange prints them read as the values a plan writes (issue 17, point 10): real
 * configurations of Microsoft365DSC and ExchangeDsc, whose values are Exchange's printed forms,
 * become plan files that read without error.
 */
class ExchangePrintedFormsTest {
  private static final String HEAD =
      "formatVersion: 1\n"
          + "environment: exchange-online\n"
          + "domains: {primary: contoso.com, dominoRouting: domino.contoso.com,"
          + " exchangeRouting: exch.contoso.com}\n";

  /** DSC's own keys, not Exchange parameters. */
  private static final Set<String> DSC_KEYS = Set.of("ensure", "credential", "identity");

  private static final Pattern LINE = Pattern.compile("^(\\w+)\\s*=\\s*(.*)$");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

  @Test
  void microsoft365DscInboundConnectorWithAddressSpaceDomainsReads() throws IOException {
    CoexistencePlan plan =
        planOf(ObjectKind.INBOUND_CONNECTOR, "m365dsc-inbound-connector.ps1", "exchange-online");

    InboundConnector connector = plan.inboundConnectors().get(0);
    assertThat(connector.senderDomains())
        .containsExactly(SmtpDomain.parse("fabrikam.com"), SmtpDomain.parse("contoso.com"));
    assertThat(connector.associatedAcceptedDomains()).hasSize(2);
    assertThat(connector.requireTls()).contains(true);
  }

  @Test
  void exchangeDscReceiveConnectorWithPrintedSizesAndFlagsReads() throws IOException {
    CoexistencePlan plan =
        planOf(
            ObjectKind.RECEIVE_CONNECTOR, "exchangedsc-receive-connector.ps1", "exchange-server");

    ReceiveConnector connector = plan.receiveConnectors().get(0);
    assertThat(connector.maxMessageSize()).contains(ByteQuantity.ofBytes(36_700_160));
    assertThat(connector.maxHeaderSize()).contains(ByteQuantity.ofBytes(131_072));
    assertThat(connector.authMechanism())
        .containsExactly(AuthMechanism.TLS, AuthMechanism.EXTERNAL_AUTHORITATIVE);
    assertThat(connector.permissionGroups())
        .containsExactly(
            PermissionGroup.ANONYMOUS_USERS,
            PermissionGroup.EXCHANGE_SERVERS,
            PermissionGroup.CUSTOM);
    assertThat(connector.fqdn()).contains("EX01.pester.com");
  }

  @Test
  void exchangeDscSendConnectorWithPrintedAddressSpaceReads() throws IOException {
    CoexistencePlan plan =
        planOf(ObjectKind.SEND_CONNECTOR, "exchangedsc-send-connector.ps1", "exchange-server");

    SendConnector connector = plan.sendConnectors().get(0);
    assertThat(connector.name()).isEqualTo("DCSTestSendConnector");
    assertThat(connector.addressSpaces()).containsExactly(AddressSpace.parse("test.com"));
  }

  @Test
  void aFlagListReadsFromExchangesOneLineForm() {
    CoexistencePlan plan =
        PlanReader.standard()
            .read(
                HEAD
                    + "receiveConnectors:\n"
                    + "  - name: In\n"
                    + "    authMechanism: 'Tls, Integrated, BasicAuth, BasicAuthRequireTLS,"
                    + " ExchangeServer'\n"
                    + "    permissionGroups: ExchangeServers\n",
                "plan.yaml");

    ReceiveConnector connector = plan.receiveConnectors().get(0);
    assertThat(connector.authMechanism())
        .containsExactly(
            AuthMechanism.TLS,
            AuthMechanism.INTEGRATED,
            AuthMechanism.BASIC_AUTH,
            AuthMechanism.BASIC_AUTH_REQUIRE_TLS,
            AuthMechanism.EXCHANGE_SERVER);
    assertThat(connector.permissionGroups()).containsExactly(PermissionGroup.EXCHANGE_SERVERS);
  }

  @Test
  void aOneLineFlagListNamesTheBadPart() {
    String badFlag = HEAD + "receiveConnectors:\n  - name: In\n    authMechanism: 'Tls, Tsl'\n";
    String emptyPart = HEAD + "receiveConnectors:\n  - name: In\n    authMechanism: 'Tls,,None'\n";

    assertThatThrownBy(() -> PlanReader.standard().read(badFlag, "plan.yaml"))
        .hasMessageStartingWith(
            "plan.yaml:6:20: receiveConnectors[0].authMechanism[1]: expected one of");
    assertThatThrownBy(() -> PlanReader.standard().read(emptyPart, "plan.yaml"))
        .hasMessage(
            "plan.yaml:6:20: receiveConnectors[0].authMechanism[1]: empty part in \"Tls,,None\""
                + " (write A, B)");
  }

  @Test
  void aListOfAnythingButFlagsStillRefusesABareValue() {
    String yaml = HEAD + "receiveConnectors:\n  - name: In\n    bindings: '0.0.0.0:25'\n";

    assertThatThrownBy(() -> PlanReader.standard().read(yaml, "plan.yaml"))
        .hasMessageContaining("expected a list (write [value] for a single value)");
  }

  @Test
  void aConnectorDomainListRefusesACostItCannotKeep() {
    String yaml =
        HEAD + "inboundConnectors:\n  - name: In\n    senderDomains: ['smtp:contoso.com;5']\n";

    assertThatThrownBy(() -> PlanReader.standard().read(yaml, "plan.yaml"))
        .hasMessage(
            "plan.yaml:6:21: inboundConnectors[0].senderDomains[0]: not an SMTP domain:"
                + " \"smtp:contoso.com;5\" (cost 5 has no meaning in a list of domains, where"
                + " Exchange prints 1)");
  }

  @Test
  void exchangeValuesParseAndBuildAsPlanFilesDo() {
    Attribute senderDomains = ObjectKind.INBOUND_CONNECTOR.attribute("senderDomains").orElseThrow();
    Attribute size = ObjectKind.RECEIVE_CONNECTOR.attribute("maxMessageSize").orElseThrow();
    Attribute auth = ObjectKind.RECEIVE_CONNECTOR.attribute("authMechanism").orElseThrow();
    Attribute enabled = ObjectKind.RECEIVE_CONNECTOR.attribute("enabled").orElseThrow();

    assertThat(ExchangeValues.parse(senderDomains, "SMTP:*;1")).isEqualTo(SmtpDomain.STAR);
    assertThat(ExchangeValues.parse(size, "35 MB (36,700,160 bytes)"))
        .isEqualTo(ByteQuantity.ofBytes(36_700_160));
    assertThat(ExchangeValues.parse(enabled, "True")).isEqualTo(true);
    assertThat(ExchangeValues.isFlagList(auth)).isTrue();
    assertThat(ExchangeValues.isFlagList(senderDomains)).isFalse();
    assertThat(ExchangeValues.parseFlags(auth, "Tls, Integrated"))
        .containsExactly(AuthMechanism.TLS, AuthMechanism.INTEGRATED);
    assertThatThrownBy(() -> ExchangeValues.parse(enabled, "yes"))
        .hasMessage("expected true or false, found the text \"yes\"");
    assertThatThrownBy(() -> ExchangeValues.parseFlags(auth, "Tls,"))
        .hasMessage("empty part in \"Tls,\" (expected flags as A, B)");
    assertThatThrownBy(() -> ExchangeValues.parseFlags(size, "1"))
        .hasMessage("receiveConnectors.maxMessageSize is not a list of flags");

    ReceiveConnector built =
        (ReceiveConnector)
            ExchangeValues.build(
                ObjectKind.RECEIVE_CONNECTOR,
                "In",
                Map.of(
                    "authMechanism",
                    List.of(AuthMechanism.TLS),
                    "maxMessageSize",
                    ByteQuantity.ofBytes(1024)),
                List.of("banner"));
    assertThat(built.name()).isEqualTo("In");
    assertThat(built.authMechanism()).containsExactly(AuthMechanism.TLS);
    assertThat(built.maxMessageSize()).contains(ByteQuantity.ofBytes(1024));
    assertThat(built.explicitNulls()).containsExactly("banner");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(
                    ObjectKind.RECEIVE_CONNECTOR, "In", Map.of("enabled", "yes"), List.of()))
        .hasMessage("receiveConnectors.enabled takes Boolean, not String");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(
                    ObjectKind.RECEIVE_CONNECTOR, "In", Map.of("nope", true), List.of()))
        .hasMessage("ReceiveConnector has no attribute nope");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(
                    ObjectKind.RECEIVE_CONNECTOR, "In", Map.of("bindings", "x"), List.of()))
        .hasMessage("receiveConnectors.bindings takes a list");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(
                    ObjectKind.RECEIVE_CONNECTOR, "In", Map.of("name", "Other"), List.of()))
        .hasMessage("the name is given apart from the values");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(ObjectKind.RECEIVE_CONNECTOR, "In", Map.of(), List.of("nope")))
        .hasMessage("ReceiveConnector has no attribute nope to set to null");
    Map<String, Object> nullValue = new java.util.HashMap<>();
    nullValue.put("enabled", null);
    assertThatThrownBy(
            () -> ExchangeValues.build(ObjectKind.RECEIVE_CONNECTOR, "In", nullValue, List.of()))
        .hasMessage("receiveConnectors.enabled takes Boolean, not null");
    assertThatThrownBy(
            () ->
                ExchangeValues.build(
                    ObjectKind.RECEIVE_CONNECTOR, "In", Map.of("banner", "b"), List.of("banner")))
        .hasMessage("ReceiveConnector.banner is both set and null");
  }

  /** A plan holding one object of {@code kind} with the DSC excerpt's values. */
  private static CoexistencePlan planOf(ObjectKind kind, String resource, String environment)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode plan = json.createObjectNode();
    plan.put("formatVersion", 1).put("environment", environment);
    plan.putObject("domains")
        .put("primary", "contoso.com")
        .put("dominoRouting", "domino.contoso.com")
        .put("exchangeRouting", "exch.contoso.com");
    ObjectNode object = plan.putArray(kind.planKey()).addObject();
    object.put("name", "Printed");
    for (Map.Entry<String, Object> entry : dscValues(resource).entrySet()) {
      if (DSC_KEYS.contains(entry.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Attribute attribute = attributeFor(kind, entry.getKey());
      Object value = entry.getValue();
      if (value == null) {
        object.putNull(attribute.key());
      } else if (value instanceof Boolean) {
        object.put(attribute.key(), (Boolean) value);
      } else if (value instanceof Long) {
        object.put(attribute.key(), (Long) value);
      } else if (value instanceof List) {
        ArrayNode list = object.putArray(attribute.key());
        ((List<?>) value).forEach(item -> list.add((String) item));
      } else if (attribute.multiValued() && !ExchangeValues.isFlagList(attribute)) {
        // PowerShell binds one string to a list parameter as a one-element list.
        object.putArray(attribute.key()).add((String) value);
      } else {
        object.put(attribute.key(), (String) value);
      }
    }
    return PlanReader.standard().read(json.writeValueAsString(plan), resource + ".json");
  }

  private static Attribute attributeFor(ObjectKind kind, String parameter) {
    for (Attribute attribute : kind.attributes()) {
      if (attribute.parameter().equalsIgnoreCase(parameter)) {
        return attribute;
      }
    }
    throw new AssertionError(kind.noun() + " has no parameter " + parameter);
  }

  /**
   * The {@code Key = value} lines of a DSC excerpt: {@code 'text'} and {@code "text"}, {@code
   * $true}/{@code $false}/{@code $null}, numbers, lists ({@code 'a', 'b'}, {@code @('a', 'b')}).
   * DSC writes {@code ''} for an unset value, read as null; the computer name the tests use is
   * {@code EX01}.
   */
  private static Map<String, Object> dscValues(String resource) throws IOException {
    String text;
    try (InputStream in =
        ExchangePrintedFormsTest.class.getResourceAsStream("/printed/" + resource)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher m = LINE.matcher(line.trim());
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      String raw =
          m.group(2)
              .trim()
              .replace("$($env:computername)", "EX01")
              .replace("$env:computername", "'EX01'");
      values.put(m.group(1), dscValue(raw));
    }
    return values;
  }

  private static Object dscValue(String raw) {
    switch (raw.toLowerCase(Locale.ROOT)) {
      case "$true":
        return true;
      case "$false":
        return false;
      case "$null":
      case "''":
        return null;
      default:
        break;
    }
    if (raw.matches("[0-9]+")) {
      return Long.parseLong(raw);
    }
    if (raw.startsWith("$")) {
      return null; // a variable of the test ($Credential): not an Exchange value
    }
    List<String> items = new ArrayList<>();
    Matcher q = QUOTED.matcher(raw);
    while (q.find()) {
      items.add(q.group(1) != null ? q.group(1) : q.group(2));
    }
    boolean list = raw.contains("@(") || items.size() > 1;
    return list ? items : items.get(0);
  }
}
