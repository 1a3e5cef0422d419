package io.github.coexist.benchmarks;

import java.util.Locale;
import java.util.Random;

/**
 * Live organisations of a given size, the same objects written as coexist's snapshot JSON and as an
 * {@code Export-Clixml} capture (in the shapes of the real captures of live-state's tests): a
 * quarter each remote domains, accepted domains, send connectors and receive connectors, each with
 * the properties Exchange reports, read-only ones included.
 */
final class SyntheticSnapshots {
  private SyntheticSnapshots() {}

  /** The snapshot JSON of {@code objects} objects. */
  static String json(int objects, long seed) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder(objects * 700);
    out.append("{\"format\": \"coexist-snapshot\", \"formatVersion\": 1,")
        .append(" \"environment\": \"exchange-server\", \"takenAt\": \"2026-03-01T10:00:00Z\",")
        .append(" \"elapsedMilliseconds\": 1520, \"kinds\": {\n");
    String[] keys = {"remoteDomains", "acceptedDomains", "sendConnectors", "receiveConnectors"};
    for (int k = 0; k < keys.length; k++) {
      out.append("\"").append(keys[k]).append("\": {\"objects\": [\n");
      int count = objects / 4;
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          out.append(",\n");
        }
        out.append('{');
        common(out, k, i, random);
        switch (k) {
          case 0 ->
              out.append(", \"DomainName\": \"d")
                  .append(i)
                  .append(".contoso.com\"")
                  .append(", \"AllowedOOFType\": \"External\", \"TNEFEnabled\": null")
                  .append(", \"TrustedMailInboundEnabled\": ")
                  .append(random.nextBoolean());
          case 1 ->
              out.append(", \"DomainName\": \"a")
                  .append(i)
                  .append(".contoso.com\"")
                  .append(", \"DomainType\": \"Authoritative\", \"Default\": false")
                  .append(", \"MatchSubDomains\": false");
          case 2 ->
              out.append(", \"AddressSpaces\": [\"SMTP:s")
                  .append(i)
                  .append(".contoso.com;1\"]")
                  .append(", \"SmartHosts\": [\"10.1.")
                  .append(i % 250)
                  .append(".1\", \"relay")
                  .append(i)
                  .append(".contoso.com\"]")
                  .append(", \"MaxMessageSize\": \"35 MB (36,700,160 bytes)\"")
                  .append(", \"ConnectionInactivityTimeOut\": \"00:10:00\", \"Port\": 25")
                  .append(", \"DNSRoutingEnabled\": false, \"SourceTransportServers\": [\"EX01\"]")
                  .append(", \"ErrorPolicies\": \"Default\", \"TlsDomain\": null");
          default ->
              out.append(", \"Identity\": \"EX01\\\\R")
                  .append(i)
                  .append("\"")
                  .append(", \"Bindings\": [\"0.0.0.0:25\", \"[::]:25\"]")
                  .append(", \"RemoteIPRanges\": [\"10.2.")
                  .append(i % 250)
                  .append(".0/24\"]")
                  .append(", \"AuthMechanism\": \"Tls, ExternalAuthoritative\"")
                  .append(", \"PermissionGroups\": \"ExchangeServers, Custom\"")
                  .append(", \"MaxMessageSize\": \"Unlimited\", \"Banner\": null")
                  .append(", \"TransportRole\": \"FrontendTransport\"");
        }
        out.append('}');
      }
      out.append("]}").append(k < keys.length - 1 ? ",\n" : "\n");
    }
    return out.append("}}\n").toString();
  }

  private static void common(StringBuilder out, int kind, int i, Random random) {
    out.append("\"Name\": \"")
        .append("RASR".charAt(kind))
        .append(i)
        .append('"')
        .append(", \"Guid\": \"")
        .append(guid(random))
        .append('"')
        .append(", \"WhenChanged\": \"2026-02-01T09:00:00Z\"")
        .append(", \"DistinguishedName\": \"CN=")
        .append(i)
        .append(",CN=Configuration,DC=contoso\"")
        .append(", \"IsValid\": true, \"ObjectState\": \"Unchanged\"");
  }

  /** The same objects as an Export-Clixml capture (of all kinds, as four captures joined). */
  static String[] clixml(int objects, long seed) {
    Random random = new Random(seed);
    String[] types = {
      "Microsoft.Exchange.Data.Directory.SystemConfiguration.DomainContentConfig",
      "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain",
      "Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig",
      "Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector"
    };
    String[] captures = new String[4];
    for (int k = 0; k < 4; k++) {
      StringBuilder out = new StringBuilder(objects * 1200 / 4);
      out.append(
          "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n");
      int ref = 0;
      for (int i = 0; i < objects / 4; i++) {
        out.append("<Obj RefId=\"").append(ref++).append("\">");
        if (i == 0) {
          out.append("<TN RefId=\"0\"><T>")
              .append(types[k])
              .append("</T><T>System.Object</T></TN>");
        } else {
          out.append("<TNRef RefId=\"0\" />");
        }
        String name = "RASR".charAt(k) + Integer.toString(i);
        out.append("<ToString>")
            .append(name)
            .append("</ToString><Props>")
            .append("<S N=\"Name\">")
            .append(name)
            .append("</S>")
            .append("<G N=\"Guid\">")
            .append(guid(random))
            .append("</G>")
            .append("<DT N=\"WhenChanged\">2026-02-01T09:00:00+01:00</DT>")
            .append("<S N=\"DistinguishedName\">CN=")
            .append(i)
            .append(",CN=Configuration</S>")
            .append("<B N=\"IsValid\">true</B>");
        switch (k) {
          case 0 -> {
            value(
                out,
                ref++,
                "DomainName",
                "Microsoft.Exchange.Data.SmtpDomainWithSubdomains",
                "d" + i + ".contoso.com");
            value(
                out,
                ref++,
                "AllowedOOFType",
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.AllowedOOFType",
                "External");
            out.append("<Nil N=\"TNEFEnabled\" /><B N=\"TrustedMailInboundEnabled\">")
                .append(random.nextBoolean())
                .append("</B>");
          }
          case 1 -> {
            value(
                out,
                ref++,
                "DomainName",
                "Microsoft.Exchange.Data.SmtpDomainWithSubdomains",
                "a" + i + ".contoso.com");
            value(
                out,
                ref++,
                "DomainType",
                "Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomainType",
                "Authoritative");
            out.append("<B N=\"Default\">false</B><B N=\"MatchSubDomains\">false</B>");
          }
          case 2 -> {
            list(out, ref++, "AddressSpaces", "SMTP:s" + i + ".contoso.com;1");
            list(
                out, ref++, "SmartHosts", "10.1." + (i % 250) + ".1", "relay" + i + ".contoso.com");
            value(
                out,
                ref++,
                "MaxMessageSize",
                "Microsoft.Exchange.Data.Unlimited`1",
                "35 MB (36,700,160 bytes)");
            value(
                out,
                ref++,
                "ConnectionInactivityTimeOut",
                "Microsoft.Exchange.Data.EnhancedTimeSpan",
                "00:10:00");
            out.append("<I32 N=\"Port\">25</I32><B N=\"DNSRoutingEnabled\">false</B>");
            list(out, ref++, "SourceTransportServers", "EX01");
            value(out, ref++, "ErrorPolicies", "Microsoft.Exchange.Data.ErrorPolicies", "Default");
            out.append("<Nil N=\"TlsDomain\" />");
          }
          default -> {
            value(
                out,
                ref++,
                "Identity",
                "Microsoft.Exchange.Data.Directory.ADObjectId",
                "EX01\\" + name);
            list(out, ref++, "Bindings", "0.0.0.0:25", "[::]:25");
            list(out, ref++, "RemoteIPRanges", "10.2." + (i % 250) + ".0/24");
            value(
                out,
                ref++,
                "AuthMechanism",
                "Microsoft.Exchange.Data.AuthMechanisms",
                "Tls, ExternalAuthoritative");
            value(
                out,
                ref++,
                "PermissionGroups",
                "Microsoft.Exchange.Data.PermissionGroups",
                "ExchangeServers, Custom");
            value(out, ref++, "MaxMessageSize", "Microsoft.Exchange.Data.Unlimited`1", "Unlimited");
            out.append("<Nil N=\"Banner\" />");
            value(
                out,
                ref++,
                "TransportRole",
                "Microsoft.Exchange.Data.ServerRole",
                "FrontendTransport");
          }
        }
        out.append("</Props></Obj>\n");
      }
      captures[k] = out.append("</Objs>\n").toString();
    }
    return captures;
  }

  private static void value(StringBuilder out, int ref, String name, String type, String text) {
    out.append("<Obj N=\"")
        .append(name)
        .append("\" RefId=\"")
        .append(ref)
        .append("\">")
        .append("<TN RefId=\"")
        .append(ref + 100_000)
        .append("\"><T>")
        .append(type)
        .append("</T><T>System.Object</T></TN><ToString>")
        .append(text)
        .append("</ToString>")
        .append("<Props><S N=\"Value\">")
        .append(text)
        .append("</S></Props></Obj>");
  }

  private static void list(StringBuilder out, int ref, String name, String... items) {
    out.append("<Obj N=\"")
        .append(name)
        .append("\" RefId=\"")
        .append(ref)
        .append("\">")
        .append("<TN RefId=\"")
        .append(ref + 100_000)
        .append("\"><T>Microsoft.Exchange.Data.MultiValuedProperty`1</T></TN><LST>");
    for (String item : items) {
      out.append("<S>").append(item).append("</S>");
    }
    out.append("</LST></Obj>");
  }

  private static String guid(Random random) {
    return String.format(
        Locale.ROOT,
        "%08x-%04x-%04x-%04x-%012x",
        random.nextInt(),
        random.nextInt(0x10000),
        random.nextInt(0x10000),
        random.nextInt(0x10000),
        random.nextLong() & 0xFFFFFFFFFFFFL);
  }
}
