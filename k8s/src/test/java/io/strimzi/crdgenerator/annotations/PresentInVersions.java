package io.strimzi.crdgenerator.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the annotation Strimzi's API model carries on each property that exists in some API versions only. The
 * model's POM leaves out the artefact that declares it (not published for 0.51), and reflection cannot see an
 * annotation whose type is missing; with this declaration, the schema check can tell what {@code v1} still has.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE})
public @interface PresentInVersions {
    /** An API version range: {@code v1beta2}, {@code v1+}, {@code v1alpha1-v1beta2}. */
    String value();
}
