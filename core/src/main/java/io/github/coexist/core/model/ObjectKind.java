package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The seven kinds of Exchange object a plan configures, with their plan key and cmdlet noun. */
public enum ObjectKind {
  /** {@code remoteDomains}: New-/Set-RemoteDomain. */
  REMOTE_DOMAIN("remoteDomains", "RemoteDomain"),
  /** {@code acceptedDomains}: New-/Set-AcceptedDomain. */
  ACCEPTED_DOMAIN("acceptedDomains", "AcceptedDomain"),
  /** {@code emailAddressPolicies}: New-/Set-EmailAddressPolicy. */
  EMAIL_ADDRESS_POLICY("emailAddressPolicies", "EmailAddressPolicy"),
  /** {@code sendConnectors}: New-/Set-SendConnector (Exchange Server). */
  SEND_CONNECTOR("sendConnectors", "SendConnector"),
  /** {@code receiveConnectors}: New-/Set-ReceiveConnector (Exchange Server). */
  RECEIVE_CONNECTOR("receiveConnectors", "ReceiveConnector"),
  /** {@code inboundConnectors}: New-/Set-InboundConnector (Exchange Online). */
  INBOUND_CONNECTOR("inboundConnectors", "InboundConnector"),
  /** {@code outboundConnectors}: New-/Set-OutboundConnector (Exchange Online). */
  OUTBOUND_CONNECTOR("outboundConnectors", "OutboundConnector");

  private final String planKey;
  private final String noun;

  ObjectKind(String planKey, String noun) {
    this.planKey = planKey;
    this.noun = noun;
  }

  /** The Java type of this kind's objects, e.g. {@code SendConnector.class}. */
  public Class<? extends ExchangeObject> type() {
    return switch (this) {
      case REMOTE_DOMAIN -> RemoteDomain.class;
      case ACCEPTED_DOMAIN -> AcceptedDomain.class;
      case EMAIL_ADDRESS_POLICY -> EmailAddressPolicy.class;
      case SEND_CONNECTOR -> SendConnector.class;
      case RECEIVE_CONNECTOR -> ReceiveConnector.class;
      case INBOUND_CONNECTOR -> InboundConnector.class;
      case OUTBOUND_CONNECTOR -> OutboundConnector.class;
    };
  }

  /**
   * The kind whose objects are of {@code type} (e.g. {@code SendConnector.class}).
   *
   * @throws IllegalArgumentException if {@code type} is not one of the seven object types
   */
  public static ObjectKind of(Class<? extends ExchangeObject> type) {
    java.util.Objects.requireNonNull(type, "type");
    for (ObjectKind kind : values()) {
      if (kind.type().isAssignableFrom(type)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "type: " + type.getName() + " is not one of the seven Exchange object types");
  }

  /** The plan-file key of the list of these objects, e.g. {@code receiveConnectors}. */
  public String planKey() {
    return planKey;
  }

  /**
   * The kind as commands and reports name it: {@code receive-connector}, {@code remote-domain}, ...
   */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The kind named by {@link #key()}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the keys when {@code text} is none of them
   */
  public static ObjectKind fromKey(String text) {
    String wanted = text.trim().toLowerCase(java.util.Locale.ROOT);
    for (ObjectKind kind : values()) {
      if (kind.key().equals(wanted)) {
        return kind;
      }
    }
    StringBuilder keys = new StringBuilder();
    for (ObjectKind kind : values()) {
      keys.append(keys.length() == 0 ? "" : ", ").append(kind.key());
    }
    throw new IllegalArgumentException(
        "not an object kind: \"" + text + "\" (expected one of " + keys + ")");
  }

  /** The cmdlet noun, e.g. {@code ReceiveConnector} (as in {@code New-ReceiveConnector}). */
  public String noun() {
    return noun;
  }

  /** Every attribute of this kind, in Microsoft's parameter order; {@code name} first. */
  public ImmutableList<Attribute> attributes() {
    return Attributes.BY_KIND.get(this);
  }

  /** The attribute with this plan key, if there is one. */
  public java.util.Optional<Attribute> attribute(String key) {
    Objects.requireNonNull(key, "key");
    return java.util.Optional.ofNullable(Keys.OF.get(this).get(key));
  }

  /**
   * The platforms where New-/Set-&lt;noun&gt; exist at all, per Microsoft's reference
   * (unmodifiable).
   */
  public Set<Platform> platforms() {
    return Platforms.OF.get(this);
  }

  /**
   * Each kind's attributes in an enum map: a reader asks for them once per object (a hash lookup
   * each was a measurable part of reading a snapshot of 10,000 objects).
   */
  private static final class Attributes {
    static final Map<ObjectKind, ImmutableList<Attribute>> BY_KIND =
        new EnumMap<>(AttributeTable.ATTRIBUTES);
  }

  /** Each kind's attributes by plan key: a snapshot or plan looks up every key it reads. */
  private static final class Keys {
    static final Map<ObjectKind, ImmutableMap<String, Attribute>> OF = compute();

    private static Map<ObjectKind, ImmutableMap<String, Attribute>> compute() {
      Map<ObjectKind, ImmutableMap<String, Attribute>> of = new EnumMap<>(ObjectKind.class);
      for (ObjectKind kind : values()) {
        ImmutableMap.Builder<String, Attribute> keys = ImmutableMap.builder();
        for (Attribute attribute : kind.attributes()) {
          keys.put(attribute.key(), attribute);
        }
        of.put(kind, keys.buildOrThrow());
      }
      return of;
    }
  }

  /**
   * The union of every attribute's platforms, computed once: rules ask it for every kind on every
   * validation, and recomputing it was a sixth of validating a recommended plan
   * (docs/performance.md). A holder class, so the catalogue is read on first use only.
   */
  private static final class Platforms {
    static final Map<ObjectKind, Set<Platform>> OF = compute();

    private static Map<ObjectKind, Set<Platform>> compute() {
      Map<ObjectKind, Set<Platform>> of = new EnumMap<>(ObjectKind.class);
      for (ObjectKind kind : values()) {
        EnumSet<Platform> all = EnumSet.noneOf(Platform.class);
        for (Attribute attribute : kind.attributes()) {
          all.addAll(attribute.newPlatforms());
          all.addAll(attribute.setPlatforms());
        }
        of.put(kind, Collections.unmodifiableSet(all));
      }
      return of;
    }
  }
}
