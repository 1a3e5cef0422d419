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
 * abstract type, so generated {@code Immutable*} names stay an implementation detail. Each type
 * declares its public builder as a nested {@code Builder} class extending the generated one, so
 * consumers name {@code SendConnector.Builder}, never {@code ImmutableSendConnector.Builder}.
 *
 * <p>{@code allowedClasspathAnnotations} lists only {@code Override}: otherwise the processor
 * copies annotations it finds on the build's class path into the generated classes, among them
 * {@code org.immutables.value.Generated(from = ..., generator = ...)}. Immutables is a compile-only
 * dependency, so a consumer compiling against our jars with {@code -Xlint:all} would get a warning
 * per generated class ("Cannot find annotation method 'from()'"), and an error with {@code
 * -Werror}.
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
    jdkOnly = false,
    allowedClasspathAnnotations = {Override.class})
public @interface CoexistStyle {}
