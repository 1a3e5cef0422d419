package io.github.coexist.planio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One key of a plan-file mapping: how to get it from the model object, how to put it into the
 * builder, its codec, and what {@code null} means for it.
 *
 * @param <O> the model type
 * @param <B> its builder
 */
final class Field<O, B> {
  /** What an explicit {@code null} does to the builder, or the refusal to throw. */
  interface NullHandler<B> {
    /** Applies {@code null} found at {@code node} (path {@code path}) to {@code builder}. */
    void apply(B builder, PlanNode node, String path);
  }

  final String key;
  final Codec<Object> codec;
  final boolean required;
  final String description;
  final Function<O, Optional<?>> getter;
  final BiConsumer<B, Object> setter;
  final Predicate<O> isExplicitNull;
  final Optional<NullHandler<B>> nulls;

  @SuppressWarnings("unchecked")
  Field(
      String key,
      Codec<?> codec,
      boolean required,
      String description,
      Function<O, Optional<?>> getter,
      BiConsumer<B, ?> setter,
      Predicate<O> isExplicitNull,
      Optional<NullHandler<B>> nulls) {
    this.key = key;
    this.codec = (Codec<Object>) codec;
    this.required = required;
    this.description = description;
    this.getter = getter;
    this.setter = (BiConsumer<B, Object>) setter;
    this.isExplicitNull = isExplicitNull;
    this.nulls = nulls;
  }

  /** A key that must be present. */
  static <O, B, V> Field<O, B> required(
      String key,
      Codec<V> codec,
      Function<O, V> getter,
      BiConsumer<B, V> setter,
      String description) {
    return new Field<>(
        key,
        codec,
        true,
        description,
        o -> Optional.of(getter.apply(o)),
        setter,
        o -> false,
        Optional.empty());
  }

  /** A key that may be absent. */
  static <O, B, V> Field<O, B> optional(
      String key,
      Codec<V> codec,
      Function<O, Optional<V>> getter,
      BiConsumer<B, V> setter,
      String description) {
    return new Field<>(
        key, codec, false, description, getter::apply, setter, o -> false, Optional.empty());
  }

  /** A list; absent and empty are the same (nothing written). */
  static <O, B, V> Field<O, B> list(
      String key,
      Codec<V> element,
      Function<O, List<V>> getter,
      BiConsumer<B, List<V>> setter,
      String description) {
    return new Field<>(
        key,
        new ListCodec<>(element),
        false,
        description,
        o -> {
          List<V> values = getter.apply(o);
          return values.isEmpty() ? Optional.empty() : Optional.of(values);
        },
        setter,
        o -> false,
        Optional.empty());
  }

  /** A mapping; absent and empty are the same (nothing written). */
  static <O, B, K, V> Field<O, B> map(
      String key,
      MapCodec<K, V> codec,
      Function<O, Map<K, V>> getter,
      BiConsumer<B, Map<K, V>> setter,
      String description) {
    return new Field<>(
        key,
        codec,
        false,
        description,
        o -> {
          Map<K, V> values = getter.apply(o);
          return values.isEmpty() ? Optional.empty() : Optional.of(values);
        },
        setter,
        o -> false,
        Optional.empty());
  }
}
