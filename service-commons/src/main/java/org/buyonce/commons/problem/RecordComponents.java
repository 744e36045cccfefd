package org.buyonce.commons.problem;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;

/** Annotations such as {@code @Schema} cannot sit on a record component itself: Java puts them on its field. */
final class RecordComponents {

    private RecordComponents() {
    }

    /** The field behind a record component, where its annotations are; null if there is none. */
    static Field field(Class<?> record, RecordComponent component) {
        try {
            return record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            return null;
        }
    }
}
