package io.github.coexist.powershell;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.model.Attribute;
import io.github.coexist.core.model.ExchangeEnum;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.KindFacts;
import io.github.coexist.core.model.Platform;
import io.github.coexist.core.value.AddressSpace;
import io.github.coexist.core.value.ByteQuantity;
import io.github.coexist.core.value.EmailAddressTemplate;
import io.github.coexist.core.value.InvalidValueException;
import io.github.coexist.core.value.SmartHost;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the scripts compare and record per object: the attributes Set- takes, each with the property
 * Exchange shows it under, the form both sides are compared in ({@link ScriptFunction}) and the
 * plan's value as a literal.
 */
final class Checks {
  private static final String DOMAIN_NAME = "DomainName";

  private Checks() {}

  /**
   * One comparison: {@code Compare-CoexistValue -Found $x -Property P -Form F -Expected V}.
   *
   * @param property the property of the Get- object
   * @param form how both sides are normalised ({@link ScriptFunction#CONVERT_FORM})
   * @param expected the plan's value
   * @param restorable whether the journal records it and the rollback sets it back (the property is
   *     named like the parameter)
   */
  record Check(String property, String form, PsValue expected, boolean restorable) {}

  /** The checks of every managed, non-switch attribute that Set- takes on {@code platform}. */
  static ImmutableList<Check> of(ExchangeObject object, Platform platform, String path) {
    List<Check> checks = new ArrayList<>();
    for (Attribute attribute : object.kind().attributes()) {
      if (attribute.key().equals("name")
          || attribute.switchParameter()
          || !attribute.isManagedIn(object)
          || !attribute.setPlatforms().contains(platform)) {
        continue;
      }
      // A property named otherwise than its parameter (AcceptedDomain's Default, set by
      // -MakeDefault) is not restored: -MakeDefault cannot be set back to false, another domain is
      // made the default instead, so the rollback leaves it.
      String property = attribute.property();
      checks.add(
          new Check(
              property,
              form(attribute),
              expected(attribute, object, path),
              property.equals(attribute.parameter())));
    }
    return ImmutableList.copyOf(checks);
  }

  /** The form an attribute's values are compared in. */
  static String form(Attribute attribute) {
    Class<?> type = attribute.valueType();
    if (type == AddressSpace.class || (type == SmtpDomain.class && attribute.multiValued())) {
      return "address";
    } else if (type == SmartHost.class) {
      return "smarthost";
    } else if (type == EmailAddressTemplate.class) {
      return "template";
    } else if (type == ByteQuantity.class) {
      return "size";
    } else if (ExchangeEnum.class.isAssignableFrom(type) && attribute.multiValued()) {
      return "flags";
    } else if (attribute.key().equals("comment")) {
      return "exact";
    }
    return "text";
  }

  private static PsValue expected(Attribute attribute, ExchangeObject object, String path) {
    Optional<Object> value = attribute.valueIn(object);
    if (value.isPresent() && value.get() instanceof ByteQuantity size) {
      // Exchange shows "35 MB (36,700,160 bytes)": both sides are compared as the byte count.
      return PsValue.text(
          size.bytes().isPresent() ? Long.toString(size.bytes().getAsLong()) : "unlimited");
    }
    return ParameterValues.of(attribute, object, path)
        .flatMap(Parameter::value)
        .orElse(PsValue.nullValue());
  }

  /**
   * The property a lookup matches and its value: the kind's identifying property ({@link
   * KindFacts#identifyingProperty}), a domain's {@code DomainName} or else its name read as a
   * domain, everything else (and a domain whose name is no domain) by {@code Name}.
   */
  static Match match(ExchangeObject object, String path) {
    Optional<SmtpDomain> domain = Optional.empty();
    if (KindFacts.identifyingProperty(object.kind()).equals(DOMAIN_NAME)) {
      domain =
          object
              .kind()
              .attribute("domainName")
              .flatMap(a -> a.valueIn(object))
              .map(SmtpDomain.class::cast)
              .or(() -> nameAsDomain(object));
    }
    return domain
        .map(d -> new Match(DOMAIN_NAME, ParameterValues.text(path + ".domainName", d.toString())))
        .orElseGet(() -> new Match("Name", ParameterValues.text(path + ".name", object.name())));
  }

  /**
   * A domain the plan gives no DomainName for (Exchange Online's accepted domains, which the script
   * only checks) is named after its domain, as Microsoft 365 names them: its name is the domain to
   * match. A name that is no domain is matched as a name.
   */
  private static Optional<SmtpDomain> nameAsDomain(ExchangeObject object) {
    try {
      return Optional.of(SmtpDomain.parse(object.name()));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  /** A lookup's filter: {@code property -eq value}. */
  record Match(String property, PsValue.Text value) {
    /** Whether the object is found by something else than its name. */
    boolean byDomain() {
      return property.equals(DOMAIN_NAME);
    }
  }
}
