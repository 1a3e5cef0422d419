package io.github.coexist.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one {@link Value.Style} of the project: every immutable type of every module is annotated
 * with it (directly or through its package), so all builders read the same.
 *
 * <p>Users write {@code RemoteDomain.builder().name("x").build()}; {@code build()} returns the
 * abstract type, so generated {@code Immutable*} names stay an implementation detail.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"address:addresses", "policy:policies", "mechanism:mechanisms"},
    defaults = @Value.Immutable(copy = true),
    strictBuilder = false,
    jdkOnly = false)
public @interface CoexistStyle {}
