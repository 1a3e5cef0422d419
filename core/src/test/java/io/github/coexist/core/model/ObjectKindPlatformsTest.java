package io.github.coexist.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** platforms() is computed once now (a benchmark finding): the same sets as the catalogue's. */
class ObjectKindPlatformsTest {
  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void theUnionOfTheAttributesPlatforms(ObjectKind kind) {
    Set<Platform> union = EnumSet.noneOf(Platform.class);
    kind.attributes().forEach(a -> union.addAll(a.newPlatforms()));
    kind.attributes().forEach(a -> union.addAll(a.setPlatforms()));

    assertThat(kind.platforms()).isEqualTo(union).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ObjectKind.class,
      names = {"SEND_CONNECTOR", "RECEIVE_CONNECTOR"})
  void onPremisesConnectorsAreNotInExchangeOnline(ObjectKind kind) {
    assertThat(kind.platforms()).doesNotContain(Platform.EXCHANGE_ONLINE);
  }

  @ParameterizedTest
  @EnumSource(ObjectKind.class)
  void nobodyCanChangeTheSharedSet(ObjectKind kind) {
    assertThatThrownBy(() -> kind.platforms().add(Platform.EXCHANGE_ONLINE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
