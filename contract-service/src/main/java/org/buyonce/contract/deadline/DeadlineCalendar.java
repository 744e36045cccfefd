package org.buyonce.contract.deadline;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.buyonce.contract.api.DeadlineResponse;

import java.time.Instant;
import java.util.List;

/** Deadlines as an iCalendar feed (RFC 5545) that Outlook or Google Calendar subscribes to: one all-day event each. */
public final class DeadlineCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    private DeadlineCalendar() {
    }

    public static String render(List<DeadlineResponse> deadlines, Instant generatedAt) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//BuyOnce//Contract deadlines//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        for (DeadlineResponse deadline : deadlines) {
            VEvent event = new VEvent(deadline.date(), summary(deadline))
                    .add(new Uid(deadline.contractId() + "-" + deadline.kind().name().toLowerCase() + "-" + deadline.date() + "@buyonce"))
                    .add(new DtStamp(generatedAt))
                    .add(new Description(deadline.action() + "\nContract " + deadline.reference() + " (" + deadline.council()
                            + ", " + deadline.capability() + "), id " + deadline.contractId()));
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String summary(DeadlineResponse deadline) {
        String what = switch (deadline.kind()) {
            case OPTION_DECISION -> "Option decision";
            case NOTICE -> "Notice deadline";
            case END -> "Contract ends";
        };
        return what + ": " + deadline.council() + " " + deadline.reference() + " " + deadline.title();
    }
}
