package org.buyonce.contract.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.json.InputRules;
import org.buyonce.commons.problem.FieldError;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.contract.api.CalendarLinkRequest;
import org.buyonce.contract.api.CalendarLinkResponse;
import org.buyonce.contract.config.DeadlinesConfig;
import org.buyonce.links.SecretLink;
import org.buyonce.links.SecretLinks;

import java.net.URI;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Calendar links: the deadlines feed of one council (or all), for whoever holds the link's URL, until it is revoked. */
@ApplicationScoped
public class CalendarLinks {

    static final String KIND = "calendar";

    private final SecretLinks links;
    private final DeadlineService deadlines;
    private final DeadlinesConfig config;
    private final Partnership partnership;
    private final Validator validator;

    public CalendarLinks(SecretLinks links, DeadlineService deadlines, DeadlinesConfig config, Partnership partnership,
            Validator validator) {
        this.links = links;
        this.deadlines = deadlines;
        this.config = config;
        this.partnership = partnership;
        this.validator = validator;
    }

    /** The path, relative to the service, of the feed a secret opens. */
    public static String feedPath(String secret) {
        return "calendars/" + secret + ".ics";
    }

    /** A new link; {@code urlOf} turns the feed's path into the address the user will paste. */
    public CalendarLinkResponse create(CalendarLinkRequest request, Function<String, URI> urlOf) {
        if (request == null) {
            throw ProblemException.invalid("body", "a calendar link request is required (it may be empty: {})");
        }
        List<FieldError> errors = new ArrayList<>(FieldError.of(validator.validate(request)));
        if (request.council() != null && !partnership.isMember(request.council())) {
            errors.add(new FieldError("council", "unknown council '" + InputRules.printable(request.council())
                    + "'; the partnership's councils are " + partnership.codes()));
        }
        Period within = config.calendarWindow().orElse(null);
        if (request.within() != null) {
            InputRules.Result<Period> period = InputRules.period(request.within(), InputRules.LONGEST_PERIOD);
            if (period.isWrong()) {
                errors.add(new FieldError("within", period.problem()));
            }
            within = period.value();
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        SecretLinks.Issued issued = links.create(KIND, request.council(), request.label(), within == null ? null : within.toString());
        return response(issued.link(), urlOf.apply(feedPath(issued.secret())).toString());
    }

    public List<CalendarLinkResponse> visible() {
        return links.visible(KIND).stream().map(link -> response(link, null)).toList();
    }

    public CalendarLinkResponse visible(UUID id) {
        return response(links.visible(KIND, id), null);
    }

    public void revoke(UUID id) {
        links.revoke(KIND, id);
    }

    /** The feed a secret opens, if it is a live calendar link's. */
    public Optional<String> feed(String secret) {
        return links.open(KIND, secret).map(link -> deadlines.calendar(link.scope == null ? null : Period.parse(link.scope), link.council, null));
    }

    private static CalendarLinkResponse response(SecretLink link, String url) {
        return new CalendarLinkResponse(link.id, url, link.council, link.label, link.scope, link.createdAt, link.createdBy,
                link.lastUsedAt);
    }
}
