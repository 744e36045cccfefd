package org.buyonce.contract.deadline;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.buyonce.contract.Contract;
import org.buyonce.contract.ExtensionOption;
import org.buyonce.contract.api.DeadlineKind;
import org.buyonce.events.ContractStatus;
import org.buyonce.events.OptionStatus;
import org.buyonce.events.RenewalType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as RFC 5545 and calendar apps want it, read back by ical4j's parser. */
class DeadlineCalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    private final DeadlineCalendar calendar = new DeadlineCalendar("BuyOnce contract deadlines – SCDC", Period.ofDays(14),
            Duration.ofHours(6));

    private static Contract contract(String title, long version) {
        Contract c = new Contract();
        c.id = UUID.fromString("5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10");
        c.version = version;
        c.council = "SCDC";
        c.reference = "SCDC-ICT-017";
        c.title = title;
        c.supplierName = "Gamma Communications";
        c.capability = "telephony";
        c.startDate = LocalDate.of(2022, 4, 1);
        c.renewalType = RenewalType.FIXED;
        c.annualValue = new BigDecimal("60000.00");
        c.status = ContractStatus.ACTIVE;
        c.extensionOptions = List.of(new ExtensionOption(12, OptionStatus.AVAILABLE), new ExtensionOption(12, OptionStatus.AVAILABLE));
        c.setEnd(LocalDate.of(2027, 3, 31), 3);
        c.createdAt = Instant.parse("2026-01-05T10:00:00Z");
        c.updatedAt = Instant.parse("2026-11-20T16:45:00Z").plusSeconds(version);
        return c;
    }

    private static List<Deadline> deadlinesOf(Contract c) {
        return List.of(new Deadline(c, DeadlineKind.OPTION_DECISION, c.noticeDeadline, 30, "Exercise option 1 (12 months) or let the "
                + "contract end on " + c.endDate, 1, null), new Deadline(c, DeadlineKind.END, c.endDate, 120, "The contract ends", null, null));
    }

    private static Calendar parse(String feed) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(feed));
    }

    @Test
    void eachEventHasOneDtstampAndLinesAreFoldedAt75OctetsWithCrlf() throws Exception {
        // Multi-byte characters: 75 octets are fewer than 75 characters.
        String title = "Telephony – handsets, “contact-centre” licences £££, call recording and support for every office ✓✓✓✓✓✓✓✓✓✓";
        String feed = calendar.render(deadlinesOf(contract(title, 3)), NOW);

        assertThat(feed).endsWith("END:VCALENDAR\r\n").doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        for (String line : feed.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        Calendar parsed = parse(feed);
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(2);
        for (VEvent event : events) {
            assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
            assertThat(event.getProperty(Property.DTSTAMP).orElseThrow().getValue()).isEqualTo("20261201T093000Z");
        }
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Option 1 decision: SCDC SCDC-ICT-017 " + title);
    }

    @Test
    void theFeedSaysHowOftenToRefreshAndNamesItself() throws Exception {
        Calendar parsed = parse(calendar.render(deadlinesOf(contract("Telephony", 0)), NOW));

        assertThat(parsed.getProperty("REFRESH-INTERVAL").orElseThrow().getValue()).isEqualTo("PT6H");
        assertThat(parsed.getProperty("REFRESH-INTERVAL").orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DURATION");
        assertThat(parsed.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue()).isEqualTo("PT6H");
        assertThat(parsed.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("BuyOnce contract deadlines – SCDC");
        assertThat(parsed.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
    }

    @Test
    void aDecisionHasAReminderTwoWeeksBeforeAndAnEndHasNone() throws Exception {
        List<VEvent> events = parse(calendar.render(deadlinesOf(contract("Telephony", 0)), NOW)).getComponents(VEvent.VEVENT);

        List<VAlarm> reminders = events.get(0).getAlarms();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-P2W"); // fourteen days, as ical4j writes them
        assertThat(reminders.get(0).getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        assertThat(events.get(1).getAlarms()).isEmpty();
        assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261231");
        assertThat(events.get(0).getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270101");
        assertThat(events.get(0).getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
    }

    @Test
    void aChangedContractKeepsItsEventsUidsWithAHigherSequence() throws Exception {
        Contract before = contract("Telephony", 2);
        Contract after = contract("Telephony", 3);
        after.setEnd(LocalDate.of(2027, 9, 30), 3);

        VEvent first = parse(calendar.render(deadlinesOf(before), NOW)).<VEvent>getComponents(VEvent.VEVENT).get(0);
        VEvent second = parse(calendar.render(deadlinesOf(after), NOW)).<VEvent>getComponents(VEvent.VEVENT).get(0);

        assertThat(second.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue())
                .isEqualTo("5b1f0c7e-8a4d-4c3e-9f55-2f0d6f3a9b10-option-1@buyonce");
        assertThat(first.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(second.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("3");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261231");
        assertThat(second.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270630");
        assertThat(second.getProperty(Property.LAST_MODIFIED).orElseThrow().getValue()).isEqualTo("20261120T164503Z");
    }

    @Test
    void controlCharactersRecordedBeforeInputWasStrictNeverReachTheFeed() throws Exception {
        String feed = calendar.render(deadlinesOf(contract("Tele\u0007phony\u001b[2J plat\u007fform", 0)), NOW);

        assertThat(feed.chars().filter(c -> c < 0x20 && c != '\r' && c != '\n' || c == 0x7F)).isEmpty();
        assertThat(parse(feed).<VEvent>getComponents(VEvent.VEVENT).get(0).getSummary().getValue())
                .isEqualTo("Option 1 decision: SCDC SCDC-ICT-017 Tele phony [2J plat form");
    }
}
