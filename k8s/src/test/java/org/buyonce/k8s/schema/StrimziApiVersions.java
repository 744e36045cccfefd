package org.buyonce.k8s.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Kubernetes API versions ({@code v1alpha1 < v1beta1 < v1beta2 < v1 < v2alpha1}) and Strimzi's ranges of them. */
final class StrimziApiVersions {

    private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

    private StrimziApiVersions() {
    }

    /** Whether a range ({@code v1beta2}, {@code v1+}, {@code v1alpha1-v1beta2}) contains a version. */
    static boolean rangeContains(String range, String version) {
        long target = order(version);
        if (range.endsWith("+")) {
            return target >= order(range.substring(0, range.length() - 1));
        }
        int dash = range.indexOf('-');
        if (dash > 0) {
            return target >= order(range.substring(0, dash)) && target <= order(range.substring(dash + 1));
        }
        return target == order(range);
    }

    private static long order(String version) {
        Matcher matcher = VERSION.matcher(version.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an API version: " + version);
        }
        long major = Long.parseLong(matcher.group(1));
        int stability = matcher.group(2) == null ? 2 : matcher.group(2).equals("beta") ? 1 : 0;
        long minor = matcher.group(3) == null ? 0 : Long.parseLong(matcher.group(3));
        return (major * 3 + stability) * 1000 + minor;
    }
}
