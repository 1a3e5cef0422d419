package io.github.coexist.core.model;

import com.google.common.collect.ImmutableList;
import io.github.coexist.core.CoexistStyle;
import io.github.coexist.core.value.SmtpDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * The whole coexistence plan: the environment, the organisation's domains, the servers, every
 * Exchange object, the Domino side and the license. Any object kind and any attribute may be in a
 * plan of either environment: {@code PlanValidator} judges, the model does not refuse.
 *
 * <pre>{@code
 * CoexistencePlan plan = CoexistencePlan.builder()
 *     .environment(Environment.EXCHANGE_SERVER)
 *     .exchangeVersion(ExchangeVersion.EXCHANGE_2019)
 *     .domains(Domains.of("contoso.com", "domino.contoso.com", "exch.contoso.com"))
 *     .addCoexistenceServers(CoexistenceServer.of("COEX01/ACME", "10.1.1.1"))
 *     .addTransportServers("EX01")
 *     .build();
 * }</pre>
 *
 * <p>To edit a plan (one read from a file, or a recommended one), change a copy: {@link
 * #toBuilder()} for the plan's own values, {@link #mapObjects(Class, UnaryOperator)} for every
 * object of a kind, each object's own {@code toBuilder()} for one object. Validate the result with
 * {@code PlanValidator} and hand the {@code ValidatedPlan} to the emitters.
 *
 * <pre>{@code
 * CoexistencePlan edited = plan
 *     .mapObjects(SendConnector.class, c -> c.toBuilder().comment("Managed by the migration tool").build())
 *     .toBuilder()
 *     .organization("Contoso Ltd")
 *     .build();
 * }</pre>
 */
// Immutables' annotations are read at compile time only (requires static in module-info):
// a consumer needs none of them, so they are deliberately not exported.
@SuppressWarnings("exports")
@Value.Immutable
@CoexistStyle
public abstract class CoexistencePlan {
  /** Only the generated implementation extends it: build one with {@link #builder()}. */
  CoexistencePlan() {}

  /** The plan-file format version this model reads and writes. */
  public static final int CURRENT_FORMAT_VERSION = 1;

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every value of this one, to change some and build a copy. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link CoexistencePlan}. A setter of a list (e.g. {@code names(list)}) replaces the
   * values set so far; {@code add…} and {@code addAll…} append to them. {@code build()} throws
   * {@link IllegalStateException} naming a missing required value.
   */
  public static final class Builder extends ImmutableCoexistencePlan.Builder {
    Builder() {}
  }

  /** {@code formatVersion}: the plan-file format version (1). */
  @Value.Default
  public int formatVersion() {
    return CURRENT_FORMAT_VERSION;
  }

  /** {@code environment}: Exchange Online or Exchange Server. */
  public abstract Environment environment();

  /** {@code exchangeVersion}: Exchange Server only (2016, 2019 or SE). */
  public abstract Optional<ExchangeVersion> exchangeVersion();

  /** {@code organization}: a display name for comments and the runbook. */
  public abstract Optional<String> organization();

  /** {@code tenant}: Exchange Online only, e.g. {@code contoso.onmicrosoft.com}. */
  public abstract Optional<SmtpDomain> tenant();

  /** {@code connection}: Exchange Online only, how the script signs in. */
  public abstract Optional<Connection> connection();

  /** {@code domains}: primary, Domino routing and Exchange routing domains. */
  public abstract Domains domains();

  /**
   * {@code mailExchanger}: where internet mail for the primary domain enters; {@link
   * MailExchanger#DOMINO} unless given. It decides how much trust the connectors from Domino may
   * grant (the COEX-TRUST rules).
   */
  @Value.Default
  public MailExchanger mailExchanger() {
    return MailExchanger.DOMINO;
  }

  /** {@code coexistenceServers}: the Domino (BTCal) coexistence servers. */
  public abstract ImmutableList<CoexistenceServer> coexistenceServers();

  /** {@code transportServers}: Exchange Server only, the servers that exchange mail with Domino. */
  public abstract ImmutableList<String> transportServers();

  /** {@code remoteDomains}. */
  public abstract ImmutableList<RemoteDomain> remoteDomains();

  /** {@code acceptedDomains}. */
  public abstract ImmutableList<AcceptedDomain> acceptedDomains();

  /** {@code emailAddressPolicies}. */
  public abstract ImmutableList<EmailAddressPolicy> emailAddressPolicies();

  /** {@code sendConnectors} (Exchange Server). */
  public abstract ImmutableList<SendConnector> sendConnectors();

  /** {@code receiveConnectors} (Exchange Server; each names its {@code server}). */
  public abstract ImmutableList<ReceiveConnector> receiveConnectors();

  /** {@code inboundConnectors} (Exchange Online). */
  public abstract ImmutableList<InboundConnector> inboundConnectors();

  /** {@code outboundConnectors} (Exchange Online). */
  public abstract ImmutableList<OutboundConnector> outboundConnectors();

  /** {@code domino}: BTCal's Notes.ini settings. */
  public abstract Optional<DominoSettings> domino();

  /** {@code license}: the license to apply, if any. */
  public abstract Optional<LicenseFacts> license();

  /** The objects of one kind, in plan order. */
  public ImmutableList<? extends ExchangeObject> objects(ObjectKind kind) {
    return switch (kind) {
      case REMOTE_DOMAIN -> remoteDomains();
      case ACCEPTED_DOMAIN -> acceptedDomains();
      case EMAIL_ADDRESS_POLICY -> emailAddressPolicies();
      case SEND_CONNECTOR -> sendConnectors();
      case RECEIVE_CONNECTOR -> receiveConnectors();
      case INBOUND_CONNECTOR -> inboundConnectors();
      case OUTBOUND_CONNECTOR -> outboundConnectors();
    };
  }

  /**
   * A copy of this plan with every object of {@code type} replaced by {@code edit}'s result, in the
   * same order; the other kinds are kept as they are.
   *
   * @param type the object type, e.g. {@code SendConnector.class}
   * @param edit returns the new object for each old one; never {@code null}
   * @throws NullPointerException naming the argument, or the index of a {@code null} result
   */
  public <T extends ExchangeObject> CoexistencePlan mapObjects(
      Class<T> type, UnaryOperator<T> edit) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(edit, "edit");
    ObjectKind kind = ObjectKind.of(type);
    List<T> edited = new ArrayList<>();
    ImmutableList<? extends ExchangeObject> objects = objects(kind);
    for (int i = 0; i < objects.size(); i++) {
      T result = edit.apply(type.cast(objects.get(i)));
      if (result == null) {
        throw new NullPointerException("edit returned null for " + kind.planKey() + "[" + i + "]");
      }
      edited.add(result);
    }
    return withObjects(kind, edited);
  }

  private CoexistencePlan withObjects(ObjectKind kind, List<? extends ExchangeObject> edited) {
    Builder copy = toBuilder();
    return switch (kind) {
      case REMOTE_DOMAIN -> copy.remoteDomains(cast(edited, RemoteDomain.class)).build();
      case ACCEPTED_DOMAIN -> copy.acceptedDomains(cast(edited, AcceptedDomain.class)).build();
      case EMAIL_ADDRESS_POLICY ->
          copy.emailAddressPolicies(cast(edited, EmailAddressPolicy.class)).build();
      case SEND_CONNECTOR -> copy.sendConnectors(cast(edited, SendConnector.class)).build();
      case RECEIVE_CONNECTOR ->
          copy.receiveConnectors(cast(edited, ReceiveConnector.class)).build();
      case INBOUND_CONNECTOR ->
          copy.inboundConnectors(cast(edited, InboundConnector.class)).build();
      case OUTBOUND_CONNECTOR ->
          copy.outboundConnectors(cast(edited, OutboundConnector.class)).build();
    };
  }

  private static <T> List<T> cast(List<?> objects, Class<T> type) {
    List<T> typed = new ArrayList<>(objects.size());
    for (Object object : objects) {
      typed.add(type.cast(object));
    }
    return typed;
  }

  /**
   * The platform the plan targets: Exchange Online, or the plan's Exchange Server version (2019
   * when none is given).
   */
  public Platform platform() {
    if (environment() == Environment.EXCHANGE_ONLINE) {
      return Platform.EXCHANGE_ONLINE;
    }
    return exchangeVersion().orElse(ExchangeVersion.EXCHANGE_2019).platform();
  }
}
