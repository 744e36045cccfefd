package org.buyonce.contract.deadline;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.buyonce.contract.Contract;
import org.buyonce.contract.api.DeadlineKind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * Deadlines as an iCalendar feed (RFC 5545) that Outlook or Google Calendar subscribes to: one all-day event per
 * deadline, with a reminder before each decision. ical4j's own output escapes text and ends lines with CRLF; its folding
 * counts characters, so {@link OctetFolding} folds again at 75 octets, as RFC 5545 asks. Each event's UID names the deadline, not its date, and its SEQUENCE is the contract's version, so a
 * calendar app moves an event when a contract changes instead of adding a second one.
 */
public final class DeadlineCalendar {

    public static final String MEDIA_TYPE = "text/calendar";

    /** A feed with one deadline, for the API description. */
    public static final String EXAMPLE = "BEGIN:VCALENDAR\r\nPRODID:-//BuyOnce//Contract deadlines//EN\r\nVERSION:2.0\r\n"
            + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nNAME:BuyOnce contract deadlines – SCDC\r\nX-WR-CALNAME:BuyOnce contract deadlines – SCDC\r\n"
            + "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\nBEGIN:VEVENT\r\n"
            + "UID:5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10-option-1@buyonce\r\nDTSTAMP:20261201T093000Z\r\n"
            + "DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"
            + "SUMMARY:Option 1 decision: SCDC SCDC-ICT-017 Telephony platform\r\nSEQUENCE:3\r\nTRANSP:TRANSPARENT\r\n"
            + "BEGIN:VALARM\r\nTRIGGER:-P2W\r\nACTION:DISPLAY\r\nDESCRIPTION:Option 1 decision: SCDC SCDC-ICT-017\\, on 2026-12-31\r\n"
            + "END:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final String name;
    private final Period reminder;
    private final Duration refresh;

    public DeadlineCalendar(String name, Period reminder, Duration refresh) {
        this.name = name;
        this.reminder = reminder;
        this.refresh = refresh;
    }

    public String render(List<Deadline> deadlines, Instant generatedAt) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//BuyOnce//Contract deadlines//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new Name(name))
                .add(new XProperty("X-WR-CALNAME", name))
                .add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), refresh))
                .add(new XProperty("X-PUBLISHED-TTL", refresh.toString()));
        for (Deadline deadline : deadlines) {
            calendar.add(event(deadline, generatedAt));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OctetFolding.refold(out.toString());
    }

    private VEvent event(Deadline deadline, Instant generatedAt) {
        Contract contract = deadline.contract();
        VEvent event = new VEvent(false)
                .add(new Uid(deadline.key() + "@buyonce"))
                .add(new DtStamp(generatedAt))
                .add(new DtStart<>(deadline.date()))
                .add(new DtEnd<>(deadline.date().plusDays(1)))
                .add(new Summary(oneLine(summary(deadline))))
                .add(new Description(readable(deadline.action() + "\nContract " + contract.reference + " (" + contract.council
                        + ", " + contract.capability + "): " + contract.title + ", " + contract.supplierName + "\nid " + contract.id)))
                .add(new Sequence(Math.toIntExact(contract.version)))
                .add(new LastModified(contract.updatedAt))
                .add(new Transp(Transp.VALUE_TRANSPARENT));
        if (deadline.kind() != DeadlineKind.END) {
            VAlarm alarm = new VAlarm(reminder.negated())
                    .add(new Action(Action.VALUE_DISPLAY))
                    .add(new Description(oneLine(summary(deadline) + ", on " + deadline.date())));
            event.add((Component) alarm); // as a component: VAlarm is one, and add() is overloaded for properties too
        }
        return event;
    }

    private static String summary(Deadline deadline) {
        String what = switch (deadline.kind()) {
            case OPTION_DECISION -> "Option " + deadline.number() + " decision";
            case NOTICE -> "Notice deadline";
            case END -> "Contract ends";
            case STATUTORY_NOTICE -> deadline.notice() + " notice due";
        };
        Contract contract = deadline.contract();
        return what + ": " + contract.council + " " + contract.reference + " " + contract.title;
    }

    /** Text as a calendar shows it safely: no control characters (data recorded before input was strict may hold some). */
    static String readable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == '\n' || (c >= 0x20 && c != 0x7F) ? c : ' '));
        return out.toString();
    }

    static String oneLine(String text) {
        return readable(text.replace('\n', ' '));
    }
}
