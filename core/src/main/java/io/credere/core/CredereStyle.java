package io.credere.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Credere value type.
 *
 * <p>An abstract, package-private {@code AbstractOpenItem} is the definition; the generated,
 * public, final {@code OpenItem} is the API type callers use ({@code OpenItem.builder()},
 * {@code item.withOpenAmount(...)}). Builders are strict (an attribute set twice is an error),
 * only JDK collections are generated, and accessors carry no {@code get} prefix.
 *
 * <p>Use it on a type or a {@code package-info.java}; never repeat a {@code @Value.Style}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    get = {"is*", "get*"},
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    privateNoargConstructor = false,
    forceJacksonPropertyNames = false)
public @interface CredereStyle {}
