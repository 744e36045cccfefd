package org.buyonce.commons;

/** Describes a failure by its root cause, for one-line log messages about passing trouble (a broker away). */
public final class Failures {

    private Failures() {
    }

    /** The innermost cause's class and message, e.g. {@code TimeoutException: Topic x not present}. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
