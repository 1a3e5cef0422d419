package io.github.coexist.livestate.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.coexist.core.model.AcceptedDomain;
import io.github.coexist.core.model.ExchangeEquivalence;
import io.github.coexist.core.model.ExchangeObject;
import io.github.coexist.core.model.ObjectKind;
import io.github.coexist.core.model.ReceiveConnector;
import io.github.coexist.core.value.SmtpDomain;
import io.github.coexist.livestate.LiveObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiPredicate;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Identities#claim} against the rule it implements, written the slow way: a planned object
 * is the first unclaimed live object, in input order, with its identity. The live lists start in
 * the plan's order and then leave it, hold duplicate identities, other cases, receive connectors
 * with and without a server, renamed domains, and objects the plan lacks; the plans hold duplicates
 * too.
 */
class IdentitiesTest {
  private static final String[] NAMES = {"From Domino", "from domino", "FROM DOMINO", "Inbound"};
  private static final String[] SERVERS = {"EX01", "ex01", "EX02"};
  private static final String[] DOMAINS = {"contoso.com", "CONTOSO.COM", "fabrikam.com"};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void claimsWhatTheRuleSaysInAnyOrder(long seed) {
    Random random = new Random(seed);
    List<ReceiveConnector> planned = new ArrayList<>();
    int plannedCount = random.nextInt(8);
    for (int i = 0; i < plannedCount; i++) {
      planned.add(connector(random, random.nextInt(4) > 0));
    }
    List<LiveObject> live = new ArrayList<>();
    int inOrder = random.nextInt(plannedCount + 1);
    for (int i = 0; i < inOrder; i++) {
      ReceiveConnector same = planned.get(i);
      live.add(live(random, renamed(same, random)));
    }
    int rest = random.nextInt(6);
    List<LiveObject> others = new ArrayList<>();
    for (int i = 0; i < rest; i++) {
      others.add(
          live(
              random,
              random.nextBoolean() && !planned.isEmpty()
                  ? renamed(planned.get(random.nextInt(planned.size())), random)
                  : connector(random, random.nextBoolean())));
    }
    Collections.shuffle(others, random);
    live.addAll(others);

    assertClaims(ObjectKind.RECEIVE_CONNECTOR, planned, live, IdentitiesTest::sameConnector, seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void claimsDomainsByTheirDomainInAnyOrder(long seed) {
    Random random = new Random(seed);
    List<AcceptedDomain> planned = new ArrayList<>();
    for (int i = random.nextInt(8); i > 0; i--) {
      planned.add(domain(random));
    }
    List<LiveObject> live = new ArrayList<>();
    int inOrder = random.nextInt(planned.size() + 1);
    for (int i = 0; i < inOrder; i++) {
      live.add(LiveObject.of(renamed(planned.get(i), random), "x", Optional.empty(), Map.of()));
    }
    List<LiveObject> others = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      AcceptedDomain other =
          random.nextBoolean() && !planned.isEmpty()
              ? renamed(planned.get(random.nextInt(planned.size())), random)
              : domain(random);
      others.add(LiveObject.of(other, "x", Optional.empty(), Map.of()));
    }
    Collections.shuffle(others, random);
    live.addAll(others);

    assertClaims(ObjectKind.ACCEPTED_DOMAIN, planned, live, IdentitiesTest::sameDomain, seed);
  }

  /**
   * Claims every planned object in turn and holds each answer, and what is left unclaimed at the
   * end, against the rule: the first unclaimed live object, in input order, that is {@code same}.
   */
  private static <T extends ExchangeObject> void assertClaims(
      ObjectKind kind,
      List<T> planned,
      List<LiveObject> live,
      BiPredicate<T, LiveObject> same,
      long seed) {
    Identities identities = new Identities(kind, live);
    boolean[] claimed = new boolean[live.size()];
    for (int i = 0; i < planned.size(); i++) {
      int expected = -1;
      for (int j = 0; j < live.size() && expected < 0; j++) {
        if (!claimed[j] && same.test(planned.get(i), live.get(j))) {
          expected = j;
        }
      }
      LiveObject actual = identities.claim(planned.get(i), i);
      if (expected < 0) {
        assertThat(actual).as("planned %d of seed %d", i, seed).isNull();
      } else {
        claimed[expected] = true;
        assertThat(actual).as("planned %d of seed %d", i, seed).isSameAs(live.get(expected));
      }
    }
    List<LiveObject> unclaimed = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      if (!claimed[i]) {
        unclaimed.add(live.get(i));
      }
    }
    assertThat(identities.unclaimed()).containsExactlyElementsOf(unclaimed);
  }

  /** The rule for domains: by the domain when the planned one has it, else by name. */
  private static boolean sameDomain(AcceptedDomain planned, LiveObject live) {
    AcceptedDomain candidate = (AcceptedDomain) live.object();
    return planned.domainName().isPresent()
        ? planned.domainName().equals(candidate.domainName())
        : ExchangeEquivalence.sameText(planned.name(), candidate.name());
  }

  /** An accepted domain of a few domains (some without one), renamed freely: the domain is it. */
  private static AcceptedDomain domain(Random random) {
    AcceptedDomain.Builder domain =
        AcceptedDomain.builder().name(NAMES[random.nextInt(NAMES.length)]);
    if (random.nextInt(4) > 0) {
      domain.domainName(SmtpDomain.parse(DOMAINS[random.nextInt(DOMAINS.length)]));
    }
    return domain.build();
  }

  private static AcceptedDomain renamed(AcceptedDomain domain, Random random) {
    return AcceptedDomain.builder()
        .from(domain)
        .name(random.nextBoolean() ? NAMES[random.nextInt(NAMES.length)] : domain.name())
        .build();
  }

  /**
   * The rule for receive connectors: by server and name when the planned one has a server (the live
   * one's, else the server of its identity {@code SERVER\Name}), else by name.
   */
  private static boolean sameConnector(ReceiveConnector planned, LiveObject live) {
    ReceiveConnector candidate = (ReceiveConnector) live.object();
    boolean sameName = ExchangeEquivalence.sameText(planned.name(), candidate.name());
    if (planned.server().isEmpty()) {
      return sameName;
    }
    Optional<String> server =
        candidate.server().or(() -> Optional.ofNullable(serverOf(live.identity())));
    return sameName
        && server.isPresent()
        && ExchangeEquivalence.sameText(planned.server().get(), server.get());
  }

  private static String serverOf(String identity) {
    int slash = identity.indexOf('\\');
    return slash > 0 ? identity.substring(0, slash) : null;
  }

  private static ReceiveConnector connector(Random random, boolean withServer) {
    ReceiveConnector.Builder connector =
        ReceiveConnector.builder().name(NAMES[random.nextInt(NAMES.length)]);
    if (withServer) {
      connector.server(SERVERS[random.nextInt(SERVERS.length)]);
    }
    return connector.build();
  }

  /** The same object as Exchange might report it: its name in another case, perhaps. */
  private static ReceiveConnector renamed(ReceiveConnector connector, Random random) {
    String name = connector.name();
    return ReceiveConnector.builder()
        .from(connector)
        .name(random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name)
        .build();
  }

  /**
   * A live object: Exchange's identity {@code SERVER\Name}; half the objects without their server
   * property, so only the identity names it.
   */
  private static LiveObject live(Random random, ReceiveConnector connector) {
    String identity =
        connector.server().map(server -> server + "\\" + connector.name()).orElse(connector.name());
    ReceiveConnector reported =
        random.nextBoolean()
            ? connector
            : ReceiveConnector.builder().from(connector).server(Optional.empty()).build();
    return LiveObject.of(reported, identity, Optional.empty(), Map.of());
  }
}
