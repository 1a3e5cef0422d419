#!/usr/bin/env python3
"""Generates the Exchange object model of coexist-core from Microsoft's cmdlet reference.

Input:  reference/exchange-cmdlets.json (the project's one copy of Microsoft's reference).
Output: core/src/main/java/io/github/coexist/core/model/{RemoteDomain,...}.java,
        .../model/AttributeCatalog.java and the enumerations in .../model/enums/.

Run from the repository root:  python3 tools/generate-model.py && mvn -q -pl core process-sources
The output is committed; the build does not need Python. ModelParityTest proves that the model and
the JSON agree, so a stale generation fails the build.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "reference/exchange-cmdlets.json")
PKG = "io.github.coexist.core.model"
OUT = os.path.join(ROOT, "core/src/main/java/io/github/coexist/core/model")
SKIP = {"DomainController", "Confirm", "WhatIf", "Force", "Identity"}
OBJECTS = [
    ("RemoteDomain", "remoteDomains", "REMOTE_DOMAIN", "a remote domain: message-format settings for mail to one outside domain"),
    ("AcceptedDomain", "acceptedDomains", "ACCEPTED_DOMAIN", "an accepted domain: an SMTP namespace the organisation receives mail for"),
    ("EmailAddressPolicy", "emailAddressPolicies", "EMAIL_ADDRESS_POLICY", "an email address policy: the addresses Exchange stamps on recipients"),
    ("SendConnector", "sendConnectors", "SEND_CONNECTOR", "a send connector (Exchange Server): the path from Exchange to Domino"),
    ("ReceiveConnector", "receiveConnectors", "RECEIVE_CONNECTOR", "a receive connector (Exchange Server): the path from Domino into Exchange, on one server"),
    ("InboundConnector", "inboundConnectors", "INBOUND_CONNECTOR", "an inbound connector (Exchange Online): mail from the Domino coexistence servers into the tenant"),
    ("OutboundConnector", "outboundConnectors", "OUTBOUND_CONNECTOR", "an outbound connector (Exchange Online): mail from the tenant to Domino"),
]

# Enumerations: (Java name, Exchange values, description). Keyed by (object, parameter) below.
ENUMS = {
    "AllowedOofType": "Which out-of-office replies go to the remote domain (Set-RemoteDomain -AllowedOOFType).",
    "ByteEncoderTypeFor7BitCharsets": "Transfer encoding for 7-bit text (Set-RemoteDomain -ByteEncoderTypeFor7BitCharsets).",
    "CharacterSet": "A MIME character set Exchange accepts (Set-RemoteDomain -CharacterSet, -NonMimeCharacterSet).",
    "ContentType": "Outgoing message content type (Set-RemoteDomain -ContentType).",
    "PreferredInternetCodePageForShiftJis": "Code page for Shift-JIS (Set-RemoteDomain -PreferredInternetCodePageForShiftJis).",
    "AcceptedDomainType": "How Exchange treats mail for an accepted domain (-DomainType).",
    "RecipientType": "Well-known recipient types of an address policy (-IncludedRecipients).",
    "SendConnectorType": "Send connector type (New-/Set-SendConnector -ConnectorType).",
    "ErrorPolicy": "How a send connector treats failures (-ErrorPolicies).",
    "ProtocolLoggingLevel": "SMTP protocol logging of a connector (-ProtocolLoggingLevel).",
    "SmartHostAuthMechanism": "How a send connector authenticates to its smart hosts (-SmartHostAuthMechanism).",
    "TlsAuthLevel": "The TLS verification level (-TlsAuthLevel of send connectors, -TlsSettings of outbound connectors).",
    "SendConnectorUsage": "Intended use of a send connector (New-SendConnector -Usage).",
    "AuthMechanism": "Authentication mechanisms of a receive connector (-AuthMechanism).",
    "ExtendedProtectionPolicy": "Extended Protection for Authentication on a receive connector.",
    "MessageRateSource": "How a receive connector's message rate is counted (-MessageRateSource).",
    "PermissionGroup": "Permission groups of a receive connector (-PermissionGroups).",
    "SizeMode": "The SMTP SIZE extension of a receive connector (-SizeEnabled).",
    "TransportRole": "The transport service a receive connector belongs to (-TransportRole).",
    "ReceiveConnectorUsage": "Intended use of a receive connector (New-ReceiveConnector -Usage).",
    "ConnectorSource": "How an Exchange Online connector was created (-ConnectorSource).",
    "ConnectorType": "Exchange Online connector type (-ConnectorType).",
    "MtaStsMode": "MTA-STS enforcement of an outbound connector (-MtaStsMode).",
    "SmtpDaneMode": "SMTP DANE enforcement of an outbound connector (-SmtpDaneMode).",
}
ENUM_OF = {
    ("RemoteDomain", "AllowedOOFType"): "AllowedOofType",
    ("RemoteDomain", "ByteEncoderTypeFor7BitCharsets"): "ByteEncoderTypeFor7BitCharsets",
    ("RemoteDomain", "CharacterSet"): "CharacterSet",
    ("RemoteDomain", "NonMimeCharacterSet"): "CharacterSet",
    ("RemoteDomain", "ContentType"): "ContentType",
    ("RemoteDomain", "PreferredInternetCodePageForShiftJis"): "PreferredInternetCodePageForShiftJis",
    ("AcceptedDomain", "DomainType"): "AcceptedDomainType",
    ("EmailAddressPolicy", "IncludedRecipients"): "RecipientType",
    ("SendConnector", "ConnectorType"): "SendConnectorType",
    ("SendConnector", "ErrorPolicies"): "ErrorPolicy",
    ("SendConnector", "ProtocolLoggingLevel"): "ProtocolLoggingLevel",
    ("SendConnector", "SmartHostAuthMechanism"): "SmartHostAuthMechanism",
    ("SendConnector", "TlsAuthLevel"): "TlsAuthLevel",
    ("SendConnector", "Usage"): "SendConnectorUsage",
    ("ReceiveConnector", "AuthMechanism"): "AuthMechanism",
    ("ReceiveConnector", "ExtendedProtectionPolicy"): "ExtendedProtectionPolicy",
    ("ReceiveConnector", "MessageRateSource"): "MessageRateSource",
    ("ReceiveConnector", "PermissionGroups"): "PermissionGroup",
    ("ReceiveConnector", "ProtocolLoggingLevel"): "ProtocolLoggingLevel",
    ("ReceiveConnector", "SizeEnabled"): "SizeMode",
    ("ReceiveConnector", "TransportRole"): "TransportRole",
    ("ReceiveConnector", "Usage"): "ReceiveConnectorUsage",
    ("InboundConnector", "ConnectorSource"): "ConnectorSource",
    ("InboundConnector", "ConnectorType"): "ConnectorType",
    ("OutboundConnector", "ConnectorSource"): "ConnectorSource",
    ("OutboundConnector", "ConnectorType"): "ConnectorType",
    ("OutboundConnector", "MtaStsMode"): "MtaStsMode",
    ("OutboundConnector", "SmtpDaneMode"): "SmtpDaneMode",
    ("OutboundConnector", "TlsSettings"): "TlsAuthLevel",
}
# Value types by parameter name (element type for multi-valued parameters).
VALUE_OF = {
    "DomainName": "SmtpDomain", "TlsDomain": "SmtpDomain",
    "AddressSpaces": "AddressSpace", "SmartHosts": "SmartHost", "Bindings": "Binding",
    "RemoteIPRanges": "IpRange", "SenderIPAddresses": "IpRange", "EFSkipIPs": "IpRange",
    "SenderDomains": "SmtpDomain", "RecipientDomains": "SmtpDomain", "AssociatedAcceptedDomains": "SmtpDomain",
    "EnabledEmailAddressTemplates": "EmailAddressTemplate", "DisabledEmailAddressTemplates": "EmailAddressTemplate",
    "SourceIPAddress": "IpAddress",
    "MaxMessageSize": "ByteQuantity", "MaxHeaderSize": "ByteQuantity",
    "LineWrapSize": "CountLimit", "MaxInboundConnection": "CountLimit", "MaxInboundConnectionPerSource": "CountLimit",
    "MaxProtocolErrors": "CountLimit", "MessageRateLimit": "CountLimit",
}
# Plan facts of an object that are no New-/Set- parameter: how the script treats the object.
# They are no Attribute (emitters put every Attribute on New-/Set-), so each one is read and
# written by plan-io and used by the emitter by name. (noun, key, Javadoc lines, Java declaration)
EXTRA = {
    "EmailAddressPolicy": [
        ("updateSecondaryAddressesOnly",
         ["Whether the script applies the policy with {@code Update-EmailAddressPolicy",
          "-UpdateSecondaryAddressesOnly} (the default), which adds the policy's secondary addresses",
          "and never changes a recipient's primary address; {@code false} rewrites every covered",
          "recipient's primary address too (COEX-EAP-010 warns). Not a New-/Set- parameter, so no",
          "{@link Attribute}: the plan key {@code updateSecondaryAddressesOnly}.",
          "",
          "<p>Microsoft: Update-EmailAddressPolicy -UpdateSecondaryAddressesOnly,",
          "https://learn.microsoft.com/powershell/module/exchangepowershell/update-emailaddresspolicy"],
         ["  @Value.Default", "  public boolean updateSecondaryAddressesOnly() {", "    return true;", "  }"]),
    ],
}

TYPE_OF = {"Boolean": "Boolean", "SwitchParameter": "Boolean", "Int32": "Integer", "EnhancedTimeSpan": "TimeSpan"}

PLATFORMS = [("Exchange Server 2010", "EXCHANGE_2010"), ("Exchange Server 2013", "EXCHANGE_2013"),
             ("Exchange Server 2016", "EXCHANGE_2016"), ("Exchange Server 2019", "EXCHANGE_2019"),
             ("Exchange Server SE", "EXCHANGE_SE"), ("Exchange Online", "EXCHANGE_ONLINE")]


def key_of(parameter):
    """The plan-file key of an Exchange parameter (plan-format.md, 'Conventions')."""
    words = re.findall(r"[A-Z]{2,}s?(?![a-z])|[A-Z][a-z]+|[A-Z](?![a-z])|[a-z]+|\d+", parameter)
    assert "".join(words) == parameter, (parameter, words)
    first, rest = words[0].lower(), [w[0].upper() + w[1:].lower() for w in words[1:]]
    return first + "".join(rest)


def const_of(value):
    c = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", value)
    c = re.sub(r"[^A-Za-z0-9]+", "_", c).upper().strip("_")
    if c[0].isdigit():
        c = "CP_" + c
    return c


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load():
    with open(REF, encoding="utf-8") as f:
        data = json.load(f)
    return {c["name"]: c for c in data["cmdlets"]}


def collect(cmdlets, noun):
    """Ordered parameters of New-<noun> then Set-<noun> (minus the skipped ones)."""
    params = {}
    for verb in ("New", "Set"):
        c = cmdlets.get(verb + "-" + noun)
        if not c:
            continue
        for name, p in c["parameters"].items():
            if name in SKIP:
                continue
            entry = params.setdefault(name, {"name": name, "verbs": {}})
            entry["verbs"][verb] = p
    return list(params.values())


def enum_values(cmdlets):
    values = {}
    for noun, *_ in OBJECTS:
        for p in collect(cmdlets, noun):
            e = ENUM_OF.get((noun, p["name"]))
            if not e:
                continue
            for verb, spec in p["verbs"].items():
                for v in spec["acceptedValues"] or []:
                    if v == "$null":
                        continue
                    lst = values.setdefault(e, [])
                    if v not in lst:
                        lst.append(v)
    return values


def java_type(noun, p):
    name = p["name"]
    spec = next(iter(p["verbs"].values()))
    multi = any(s["multiValued"] for s in p["verbs"].values())
    if (noun, name) in ENUM_OF:
        elem = ENUM_OF[(noun, name)]
    elif name in VALUE_OF:
        elem = VALUE_OF[name]
    else:
        elem = TYPE_OF.get(spec["type"], "String")
    return elem, multi


def platforms(spec):
    return [c for label, c in PLATFORMS if label in spec["applicable"]]


def nullable(p, elem, multi):
    for spec in p["verbs"].values():
        if "$null" in (spec["acceptedValues"] or []):
            return True
    return multi or elem == "String"


HEADER = "// Generated by tools/generate-model.py from exchange-cmdlets.json (Microsoft's cmdlet reference).\n// Do not edit: change the generator and run it again.\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def gen_enum(name, values):
    lines = [HEADER, f"package {PKG};\n", "import java.util.Locale;\n",
             f"/** {ENUMS[name]} Values in Exchange's spelling: {{@link #exchangeName()}}. */",
             f"public enum {name} implements ExchangeEnum {{"]
    for i, v in enumerate(values):
        sep = "," if i < len(values) - 1 else ";"
        lines.append(f"  /** {{@code {v}}} */")
        lines.append(f"  {const_of(v)}({java_string(v)}){sep}")
    lines.append(f"""
  private final String exchangeName;

  {name}(String exchangeName) {{
    this.exchangeName = exchangeName;
  }}

  @Override
  public String exchangeName() {{
    return exchangeName;
  }}

  @Override
  public String toString() {{
    return exchangeName;
  }}

  /**
   * Reads Exchange's spelling, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static {name} parse(String text) {{
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for ({name} value : values()) {{
      if (value.exchangeName.toLowerCase(Locale.ROOT).equals(wanted)) {{
        return value;
      }}
    }}
    throw new IllegalArgumentException(ExchangeEnum.refusal("{name}", text, values()));
  }}
}}
""")
    return "\n".join(lines)


def gen_object(noun, plural, kind, doc, params):
    attrs = []
    for p in params:
        elem, multi = java_type(noun, p)
        attrs.append((p, elem, multi))
    out = [HEADER, f"package {PKG};\n",
           "import com.google.common.collect.ImmutableList;",
           "import com.google.common.collect.ImmutableSet;",
           "import io.github.coexist.core.CoexistStyle;",
           "import io.github.coexist.core.value.*;",
           "import java.util.Optional;",
           "import org.immutables.value.Value;\n",
           "/**", f" * {doc[0].upper() + doc[1:]}.", " *",
           f" * <p>Every parameter of New-{noun} and Set-{noun} in Microsoft's reference (except",
           " * DomainController, Confirm, WhatIf, Force and Identity) is an attribute here, under its plan-file",
           " * key. An absent attribute is unmanaged; {@link #explicitNulls()} lists the attributes set to",
           " * {@code $null}. Whether an attribute exists in the plan's environment is judged by validation.",
           " *",
           " *",
           " * <p>Build one with {@link #builder()}, change a copy with {@link #toBuilder()} (or every one of",
           f" * a plan with {{@link CoexistencePlan#mapObjects(Class, java.util.function.UnaryOperator)}}), and",
           " * emit it as part of a validated plan.",
           " *",
           " * <pre>{@code",
           f" * {noun} x = {noun}.builder().name(\"Example\").build();",
           f" * {noun} renamed = x.toBuilder().name(\"Example 2\").build();",
           " * }</pre>",
           " */",
           "// Immutables' annotations are read at compile time only (requires static in module-info):",
           "// a consumer needs none of them, so they are deliberately not exported.",
           "@SuppressWarnings(\"exports\")",
           "@Value.Immutable", "@CoexistStyle",
           f"public abstract class {noun} implements ExchangeObject {{",
           "  /** Only the generated implementation extends it: build one with {@link #builder()}. */",
           f"  {noun}() {{}}\n",
           "  /** A builder; {@code name} is the only required attribute. */",
           f"  public static Builder builder() {{",
           "    return new Builder();",
           "  }\n",
           "  /** A builder holding every attribute of this object, to change some and build a copy. */",
           "  public Builder toBuilder() {",
           "    return builder().from(this);",
           "  }\n",
           "  /**",
           f"   * Builds a {{@link {noun}}}. A setter of a list attribute (e.g. {{@code names(list)}}) replaces",
           "   * the values set so far; {@code add…} and {@code addAll…} append to them. {@code build()}",
           "   * throws {@link IllegalStateException} naming a missing {@code name}.",
           "   */",
           f"  public static final class Builder extends Immutable{noun}.Builder {{",
           "    Builder() {}",
           "  }\n",
           "  @Override",
           "  public final ObjectKind kind() {",
           f"    return ObjectKind.{kind};",
           "  }\n"]
    for p, elem, multi in attrs:
        name = p["name"]
        key = key_of(name)
        verbs = "/".join(v + "-" + noun for v in p["verbs"])
        spec = next(iter(p["verbs"].values()))
        where = "Exchange Online only" if spec["onlineOnly"] else ("Exchange Server only" if spec["onPremOnly"] else "both environments")
        if name == "Name":
            out.append(f"  /** {{@code -Name}} ({verbs}): the object's name; required. */")
            out.append("  @Override")
            out.append("  public abstract String name();\n")
            continue
        out.append(f"  /** {{@code -{name}}} ({verbs}; {where}). */")
        if multi:
            out.append(f"  public abstract ImmutableList<{elem}> {key}();\n")
        else:
            out.append(f"  public abstract Optional<{elem}> {key}();\n")
    for key, javadoc, declaration in EXTRA.get(noun, []):
        out.append("  /**")
        out.extend(("   * " + line).rstrip() for line in javadoc)
        out.append("   */")
        out.extend(declaration)
        out.append("")
    out.append("""  @Override
  public abstract ImmutableSet<String> explicitNulls();

  @Value.Check
  final void check() {
    ExchangeObject.checkExplicitNulls(this);
  }
}
""")
    return "\n".join(out)


def gen_catalog(cmdlets, objects_params):
    out = [HEADER, f"package {PKG};\n",
           "import com.google.common.collect.ImmutableList;",
           "import com.google.common.collect.ImmutableMap;",
           "import io.github.coexist.core.value.*;",
           "import java.util.EnumSet;",
           "import java.util.Optional;",
           "import java.util.function.Function;\n",
           "/** The attributes of every Exchange object kind, in Microsoft's parameter order. */",
           "final class AttributeCatalog {",
           "  private AttributeCatalog() {}\n",
           "  static final ImmutableMap<ObjectKind, ImmutableList<Attribute>> ATTRIBUTES =",
           "      ImmutableMap.<ObjectKind, ImmutableList<Attribute>>builder()"]
    for (noun, plural, kind, doc), params in zip(OBJECTS, objects_params):
        out.append(f"          .put(ObjectKind.{kind}, {noun[0].lower() + noun[1:]}())")
    out.append("          .build();\n")
    for (noun, plural, kind, doc), params in zip(OBJECTS, objects_params):
        out.append(f"  private static ImmutableList<Attribute> {noun[0].lower() + noun[1:]}() {{")
        out.append("    return ImmutableList.of(")
        items = []
        getters = []
        for index, p in enumerate(params):
            elem, multi = java_type(noun, p)
            name = p["name"]
            key = key_of(name)
            new = p["verbs"].get("New")
            set_ = p["verbs"].get("Set")
            def plat(spec):
                if spec is None:
                    return "EnumSet.noneOf(Platform.class)"
                ps = platforms(spec)
                return "EnumSet.of(" + ", ".join("Platform." + x for x in ps) + ")" if ps else "EnumSet.noneOf(Platform.class)"
            if name == "Name":
                getters.append("Optional.of(o.name())")
            elif multi:
                getters.append(f"Attribute.list(o.{key}())")
            else:
                getters.append(f"o.{key}()")
            vt = "String" if elem == "String" else elem
            items.append(
                f"        new Attribute(ObjectKind.{kind}, {java_string(key)}, {java_string(name)}, {vt}.class, {str(multi).lower()}, "
                f"{str(nullable(p, elem, multi)).lower()}, {str(any(s['type']=='SwitchParameter' for s in p['verbs'].values())).lower()}, "
                f"{plat(new)}, {plat(set_)}, new {noun}Values({index}))")
        out.append(",\n".join(items))
        out.append("    );\n  }\n")
        # One class per kind that picks the value by the attribute's position, rather than a lambda
        # per attribute: each of 209 lambdas was linked (invokedynamic) on every CLI start
        # (docs/performance.md).
        out.append(f"  /** The value of the {noun} attribute at a position of the catalogue. */")
        out.append(f"  private static final class {noun}Values implements Function<ExchangeObject, Optional<?>> {{")
        out.append("    private final int index;\n")
        out.append(f"    {noun}Values(int index) {{")
        out.append("      this.index = index;")
        out.append("    }\n")
        out.append("    @Override")
        out.append("    public Optional<?> apply(ExchangeObject object) {")
        out.append(f"      {noun} o = ({noun}) object;")
        out.append("      switch (index) {")
        for index, getter in enumerate(getters):
            out.append(f"        case {index}:")
            out.append(f"          return {getter};")
        out.append("        default:")
        out.append(f'          throw new IllegalStateException("no {noun} attribute at " + index);')
        out.append("      }")
        out.append("    }")
        out.append("  }\n")
    out.append("}\n")
    return "\n".join(out)


def main():
    cmdlets = load()
    values = enum_values(cmdlets)
    for name in ENUMS:
        write(os.path.join(OUT, name + ".java"), gen_enum(name, values[name]))
    objects_params = []
    for noun, plural, kind, doc in OBJECTS:
        params = collect(cmdlets, noun)
        objects_params.append(params)
        write(os.path.join(OUT, noun + ".java"), gen_object(noun, plural, kind, doc, params))
    write(os.path.join(OUT, "AttributeCatalog.java"), gen_catalog(cmdlets, objects_params))
    total = sum(len(p) for p in objects_params)
    print(f"generated {len(OBJECTS)} object types, {total} attributes, {len(ENUMS)} enumerations")


if __name__ == "__main__":
    main()
