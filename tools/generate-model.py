#!/usr/bin/env python3
"""Generates the Exchange object model of coexist-core from Microsoft's cmdlet reference.

Input:  reference/exchange-cmdlets.json (the project's one copy of Microsoft's reference).
Output, under core/src/generated/java/io/github/coexist/core/model/ (a source root of core):
  - the seven object types {RemoteDomain,...}.java (Immutables value types, one accessor per
    parameter) and the enumerations of their values;
  - AttributeTable.java: one row per attribute with named fields (kind, plan key, parameter, value
    type, list, nullable, switch, the platforms of New- and Set-);
  - AttributeAccess.java: each attribute's getter and builder setter, by plan key, so that readers
    and writers of plans need no reflection.

Run:  python3 tools/generate-model.py [--java-only]
Then, unless --java-only, it runs Maven to write docs/plan.schema.json from the new table (plan-io's
PlanSchemaTest with -Dcoexist.regenerate=true). The output is committed and not reformatted by the build (CI has no Python). GeneratedTableTest
proves that the committed table was generated from the present reference and generator, and
ModelParityTest that every parameter of the reference is an attribute on the same platforms.
"""
import hashlib, json, os, re, subprocess, sys, textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, "reference/exchange-cmdlets.json")
PKG = "io.github.coexist.core.model"
OUT = os.path.join(ROOT, "core/src/generated/java/io/github/coexist/core/model")
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
# The property Get- output shows a parameter's value under, where Exchange names it otherwise than
# the parameter: Set-AcceptedDomain -MakeDefault shows as Default
# (https://learn.microsoft.com/powershell/module/exchangepowershell/set-accepteddomain,
# https://learn.microsoft.com/powershell/module/exchangepowershell/get-accepteddomain).
PROPERTY_OF = {
    ("AcceptedDomain", "MakeDefault"): "Default",
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


def wrap(text, width):
    """Lines of at most width characters, as a Javadoc paragraph is wrapped."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def javadoc(text, indent=""):
    """A Javadoc comment on one line when it fits in 100 columns, else wrapped."""
    one = f"{indent}/** {text} */"
    if len(one) <= 100:
        return [one]
    return [f"{indent}/**", *(f"{indent} * {line}" for line in wrap(text, 97 - len(indent))), f"{indent} */"]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def gen_enum(name, values):
    lines = [HEADER, f"package {PKG};\n",
             *javadoc(f"{ENUMS[name]} Values in Exchange's spelling: {{@link #exchangeName()}}."),
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
    return ExchangeEnum.parse({name}.class, text);
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
           *(["import com.google.common.collect.ImmutableList;"] if any(m for _, _, m in attrs) else []),
           "import com.google.common.collect.ImmutableSet;",
           "import io.github.coexist.core.CoexistStyle;",
           "import io.github.coexist.core.value.*;",
           "import java.util.Optional;",
           "import org.immutables.value.Value;\n",
           "/**", *(" * " + line for line in wrap(f"{doc[0].upper() + doc[1:]}.", 97)), " *",
           *(" * " + line for line in wrap(
               f"<p>Every parameter of New-{noun} and Set-{noun} in Microsoft's reference (except"
               " DomainController, Confirm, WhatIf, Force and Identity) is an attribute here, under its"
               " plan-file key. An absent attribute is unmanaged; {@link #explicitNulls()} lists the"
               " attributes set to {@code $null}. Whether an attribute exists in the plan's environment"
               " is judged by validation.", 97)),
           " *",
           *(" * " + line for line in wrap(
               "<p>Build one with {@link #builder()}, change a copy with {@link #toBuilder()} (or every"
               " one of a plan with {@link CoexistencePlan#mapObjects(Class,"
               " java.util.function.UnaryOperator)}), and emit it as part of a validated plan.", 97)),
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
           *javadoc(f"Builds a {{@link {noun}}}. A setter of a list attribute (e.g. {{@code names(list)}})"
                    " replaces the values set so far; {@code add…} and {@code addAll…} append to them."
                    " {@code build()} throws {@link IllegalStateException} naming a missing {@code name}.",
                    "  "),
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
        out.extend(javadoc(f"{{@code -{name}}} ({verbs}; {where}).", "  "))
        declared = f"ImmutableList<{elem}>" if multi else f"Optional<{elem}>"
        line = f"  public abstract {declared} {key}();"
        out.append(line if len(line) <= 100 else f"  public abstract {declared}\n      {key}();")
        out.append("")
    for key, doc_lines, declaration in EXTRA.get(noun, []):
        out.append("  /**")
        out.extend(("   * " + line).rstrip() for line in doc_lines)
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


# Named platform sets of the table (a set not named here gets a name from its members).
PLATFORM_SETS = {
    (): "NONE",
    ("EXCHANGE_2010", "EXCHANGE_2013", "EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE", "EXCHANGE_ONLINE"): "EVERYWHERE",
    ("EXCHANGE_2010", "EXCHANGE_2013", "EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE"): "SERVER",
    ("EXCHANGE_2013", "EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE"): "SERVER_2013_ON",
    ("EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE"): "SERVER_2016_ON",
    ("EXCHANGE_2016", "EXCHANGE_2019", "EXCHANGE_SE", "EXCHANGE_ONLINE"): "SERVER_2016_ON_AND_ONLINE",
    ("EXCHANGE_2010",): "SERVER_2010",
    ("EXCHANGE_ONLINE",): "ONLINE",
}


def platform_set(spec):
    members = tuple(platforms(spec)) if spec else ()
    return members, PLATFORM_SETS.get(members) or "ON_" + "_".join(m[len("EXCHANGE_"):] for m in members)


def sha256_lf(path):
    """SHA-256 of a text file with its line ends as LF, as GeneratedTableTest computes it."""
    with open(path, "rb") as f:
        return hashlib.sha256(f.read().replace(b"\r\n", b"\n")).hexdigest()


def lower_first(noun):
    return noun[0].lower() + noun[1:]


def gen_table(objects_params):
    rows, used = [], {}
    for (noun, plural, kind, doc), params in zip(OBJECTS, objects_params):
        rows.append((noun, kind, []))
        for p in params:
            elem, multi = java_type(noun, p)
            name = p["name"]
            new_members, new = platform_set(p["verbs"].get("New"))
            set_members, set_ = platform_set(p["verbs"].get("Set"))
            used[new], used[set_] = new_members, set_members
            row = f'row({kind}, "{key_of(name)}").parameter("{name}").valueType({elem}.class)'
            if multi:
                row += ".list()"
            if nullable(p, elem, multi):
                row += ".nullable()"
            if any(s["type"] == "SwitchParameter" for s in p["verbs"].values()):
                row += ".switchParameter()"
            if (noun, name) in PROPERTY_OF:
                row += f'.property("{PROPERTY_OF[(noun, name)]}")'
            row += f".newOn({new}).setOn({set_}).build()"
            rows[-1][2].append(row)
    out = [HEADER, f"package {PKG};\n",
           "import static io.github.coexist.core.model.Attribute.row;",
           "import static io.github.coexist.core.model.ObjectKind.*;\n",
           "import com.google.common.collect.ImmutableList;",
           "import com.google.common.collect.ImmutableMap;",
           "import io.github.coexist.core.value.*;",
           "import java.util.EnumSet;",
           "import java.util.Set;\n",
           "/**",
           " * Every attribute of the seven Exchange object kinds: one row per parameter of New-/Set-&lt;noun&gt;",
           " * in Microsoft's reference, in its order, each field named: the object kind and plan key, the",
           " * {@code parameter}, the {@code valueType} (the element type of a {@code list()}), whether it is",
           " * {@code nullable()} or a {@code switchParameter()}, and the platforms where New- ({@code newOn})",
           " * and Set- ({@code setOn}) take it. The getter and builder setter of each row are in {@link",
           " * AttributeAccess}, under the same plan key.",
           " */",
           "final class AttributeTable {",
           "  /** SHA-256 of reference/exchange-cmdlets.json (LF line ends) that this table comes from. */",
           f'  static final String REFERENCE_SHA256 = "{sha256_lf(REF)}";\n',
           "  /** SHA-256 of tools/generate-model.py (LF line ends) that wrote this table. */",
           f'  static final String GENERATOR_SHA256 = "{sha256_lf(os.path.abspath(__file__))}";\n']
    for name in sorted(used, key=lambda n: (len(used[n]), n)):
        members = used[name]
        value = ("EnumSet.of(" + ", ".join("Platform." + m for m in members) + ")") if members else "EnumSet.noneOf(Platform.class)"
        out.append(f"  private static final Set<Platform> {name} = {value};")
    out.append("")
    out.append("  static final ImmutableMap<ObjectKind, ImmutableList<Attribute>> ATTRIBUTES =")
    out.append("      ImmutableMap.<ObjectKind, ImmutableList<Attribute>>builder()")
    for noun, kind, _ in rows:
        out.append(f"          .put({kind}, {lower_first(noun)}())")
    out.append("          .buildOrThrow();\n")
    out.append("  private AttributeTable() {}\n")
    for noun, kind, items in rows:
        out.append(f"  private static ImmutableList<Attribute> {lower_first(noun)}() {{")
        out.append("    return Attribute.inOrder(")
        out.append(",\n".join("        " + r for r in items) + ");")
        out.append("  }\n")
    out[-1] = out[-1].rstrip("\n")
    out.append("}\n")
    return "\n".join(out)


def by_kind(kinds, selector, case, returns=True):
    """The body of a method that does `case` (with {noun} filled in) for the kind of `selector`."""
    lines = [f"    {'return ' if returns else ''}switch ({selector}) {{"]
    lines += [f"      case {kind} -> {case.format(noun=noun)};" for noun, kind in kinds]
    return lines + [f"    }}{';' if returns else ''}", "  }\n"]


def raw_value(key, multi):
    """The Java expression of attribute `key` of object `o`: its value, or null where it has none."""
    if key == "name":
        return "o.name()"
    return f"listOrNull(o.{key}())" if multi else f"o.{key}().orElse(null)"


def gen_access(objects_params):
    kinds = [(noun, kind) for noun, _, kind, _ in OBJECTS]
    out = [HEADER, f"package {PKG};\n",
           "import com.google.common.collect.ImmutableList;",
           "import io.github.coexist.core.value.*;",
           "import java.util.List;",
           "import java.util.Optional;\n",
           "/**",
           " * The getter ({@code object.key()}) and the builder setter ({@code builder.key(value)}) of every",
           " * row of {@link AttributeTable}, chosen by the row's position ({@link Attribute#index()}, a jump",
           " * table where a plan key would be a hash and a search): {@link Attribute#valueIn} and {@link",
           " * ExchangeObjectDraft} read and build objects through them, without reflection. One class of",
           " * switches rather than a lambda per attribute: the JVM links every lambda on first use, and 400",
           " * of them would slow every start of the command line.",
           " */",
           "final class AttributeAccess {",
           "  private static final List<?> NO_VALUES = ImmutableList.of();\n",
           "  private AttributeAccess() {}\n",
           "  /** The value of {@code attribute} of {@code object}: a list only when it is not empty. */",
           "  static Optional<?> get(ExchangeObject object, Attribute attribute) {",
           *by_kind(kinds, "object.kind()", "get(({noun}) object, attribute.index())"),
           "  /**",
           "   * Every attribute value of {@code object} in table order, each as {@link #get} gives it but",
           "   * null where that is empty: one call per object for a reader of every attribute.",
           "   */",
           "  static Object[] values(ExchangeObject object) {",
           *by_kind(kinds, "object.kind()", "values(({noun}) object)"),
           "  /** A new builder of {@code kind}. */",
           "  static Object newBuilder(ObjectKind kind) {",
           *by_kind(kinds, "kind", "{noun}.builder()"),
           "  /**",
           "   * Sets {@code attribute} on a builder of its kind: {@code value} is of the attribute's value",
           "   * type, or an {@link Iterable} of it for a list ({@link ExchangeObjectDraft} checks both).",
           "   */",
           "  static void set(Object builder, Attribute attribute, Object value) {",
           *by_kind(kinds, "attribute.kind()", "set(({noun}.Builder) builder, attribute.index(), value)", False),
           "  /** Records that the attribute {@code key} is set to {@code $null}. */",
           "  static void addExplicitNull(Object builder, ObjectKind kind, String key) {",
           *by_kind(kinds, "kind", "(({noun}.Builder) builder).addExplicitNull(key)", False),
           "  /** Builds the object; the model's refusals pass through. */",
           "  static ExchangeObject build(Object builder, ObjectKind kind) {",
           *by_kind(kinds, "kind", "(({noun}.Builder) builder).build()")]
    for (noun, kind), params in zip(kinds, objects_params):
        out += [f"  private static Optional<?> get({noun} o, int index) {{", "    return switch (index) {"]
        for i, p in enumerate(params):
            elem, multi = java_type(noun, p)
            key = key_of(p["name"])
            getter = f"o.{key}()" if key != "name" and not multi else f"Optional.ofNullable({raw_value(key, multi)})"
            out.append(f'      case {i} -> {getter};')
        out += [f"      default -> throw unknown(ObjectKind.{kind}, index);", "    };", "  }\n"]
        out += [f"  private static Object[] values({noun} o) {{", "    return new Object[] {"]
        for p in params:
            elem, multi = java_type(noun, p)
            key = key_of(p["name"])
            out.append(f"      {raw_value(key, multi)},")
        out[-1] = out[-1].rstrip(",")
        out += ["    };", "  }\n"]
        out += [f"  private static void set({noun}.Builder b, int index, Object value) {{", "    switch (index) {"]
        for i, p in enumerate(params):
            elem, multi = java_type(noun, p)
            key = key_of(p["name"])
            argument = f"AttributeAccess.<{elem}>elements(value)" if multi else f"({elem}) value"
            out.append(f'      case {i} -> b.{key}({argument});')
        out += [f"      default -> throw unknown(ObjectKind.{kind}, index);", "    }", "  }\n"]
    out += ["  // An empty list is usually the one ImmutableList.of(): known without reading the list.",
            "  private static List<?> listOrNull(List<?> values) {",
            "    return values == NO_VALUES || values.isEmpty() ? null : values;",
            "  }\n",
            "  @SuppressWarnings(\"unchecked\") // ExchangeObjectDraft checked every element's type",
            "  private static <T> Iterable<T> elements(Object values) {",
            "    return (Iterable<T>) values;",
            "  }\n",
            "  private static IllegalArgumentException unknown(ObjectKind kind, int index) {",
            "    return new IllegalArgumentException(kind.noun() + \" has no attribute at \" + index);",
            "  }",
            "}\n"]
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
    write(os.path.join(OUT, "AttributeTable.java"), gen_table(objects_params))
    write(os.path.join(OUT, "AttributeAccess.java"), gen_access(objects_params))
    total = sum(len(p) for p in objects_params)
    print(f"generated {len(OBJECTS)} object types, {total} attributes, {len(ENUMS)} enumerations")
    if "--java-only" not in sys.argv[1:]:
        # The plan schema (docs/plan.schema.json) is made by plan-io's codecs from the table: its
        # test writes it when asked to, and fails when the published file is out of date.
        command = ["mvn", "-B", "-q", "-ntp", "-f", os.path.join(ROOT, "pom.xml"), "-pl", "plan-io",
                   "-am", "verify", "-Dcoexist.regenerate=true", "-Dtest=PlanSchemaTest",
                   "-Dsurefire.failIfNoSpecifiedTests=false", "-Djacoco.skip=true"]
        print("regenerating docs/plan.schema.json: " + " ".join(command[:4] + command[6:]))
        if subprocess.call(command) != 0:
            sys.exit("the build failed: see Maven's output above")


if __name__ == "__main__":
    main()
