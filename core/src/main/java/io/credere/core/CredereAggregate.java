package io.credere.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of Credere's aggregates: cases with a life cycle (a promise to pay, a
 * payment plan, a collection case, a dispute) that change only through their business commands.
 *
 * <p>Unlike {@link CredereStyle}, the hand-written abstract class is the public API type
 * ({@code PromiseToPay}) and the generated {@code ImmutablePromiseToPay} is package-private, so
 * its {@code with*} methods and builder cannot be reached from outside the aggregate's package:
 * the only ways to get an instance are the aggregate's factories (opening a new case), its
 * {@code restore(...)} (loading a saved one, validated) and its commands ({@code apply}). The
 * aggregate's {@code @Value.Check} states every invariant, so every new state is checked. Builders
 * are not strict: a command derives the next state from the current one in one builder
 * ({@code from(this)}, then the changed attributes), so the check runs once, on the result.
 *
 * <p>Use it on the aggregate type only; its package keeps {@link CredereStyle} for plain values.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    get = {"is*", "get*"},
    strictBuilder = false,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    allParameters = false,
    privateNoargConstructor = false,
    forceJacksonPropertyNames = false)
public @interface CredereAggregate {}
