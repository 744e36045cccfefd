package org.buyonce.commons.concurrency;

import jakarta.ws.rs.core.EntityTag;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version a client last read, from an {@code If-Match} header (ETag {@code "3"}) or a {@code version} field.
 * A write must name one; a stale one is refused with 412 (header) or 409 (field), never silently overwritten.
 */
public record ExpectedVersion(long version, boolean fromIfMatch) {

    /** {@code "3"}, as sent; a bare {@code 3} means the same and is taken too. */
    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?(?:\"(\\d{1,18})\"|(\\d{1,18}))\\s*");

    /** The ETag of a version ({@code "3"}), as sent in {@code ETag} and expected back in {@code If-Match}. */
    public static EntityTag etag(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** Reads the expectation of a write; the header wins when both are given and they differ it is a 400. */
    public static ExpectedVersion of(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher matcher = ETAG.matcher(ifMatch);
            if (!matcher.matches()) {
                throw ProblemException.invalid("If-Match", "must be the ETag of a version as read from ETag, e.g. \"3\" (with the quotes)");
            }
            long version = Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            if (bodyVersion != null && bodyVersion != version) {
                throw ProblemException.invalid("version", "differs from If-Match (" + version + ")");
            }
            return new ExpectedVersion(version, true);
        }
        if (bodyVersion != null) {
            return new ExpectedVersion(bodyVersion, false);
        }
        throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                "send If-Match with the ETag you read, or the version field, so that a concurrent change is not overwritten");
    }

    /** A create has nothing to expect: a version in its body is a mistake (perhaps a PUT meant), not a value to drop. */
    public static void refuseOnCreate(Long bodyVersion) {
        if (bodyVersion != null) {
            throw ProblemException.invalid("version", "a new record has no version; send version only with an update");
        }
    }

    /** An optional expectation (for DELETE): absent means "whatever the version". */
    public static ExpectedVersion optional(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? null : of(ifMatch, null);
    }

    public void check(long current) {
        if (current == version) {
            return;
        }
        String detail = "version " + version + " is stale; the current version is " + current;
        throw new ProblemException(fromIfMatch ? ProblemType.PRECONDITION_FAILED : ProblemType.STALE_VERSION, detail);
    }
}
