package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares the annotation Strimzi's API model carries on each property required from some API version on (see
 * {@link PresentInVersions} for why it is declared here). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface RequiredInVersions {
    /** An API version range, e.g. {@code v1+}. */
    String value();
}
