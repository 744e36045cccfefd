package org.buyonce.alignment.dashboard;

import io.quarkus.qute.TemplateData;

import java.time.LocalDate;
import java.util.List;

/** Everything the councillors' page shows, already laid out: the template only prints it. */
@TemplateData
public record Dashboard(String council, String capability, LocalDate asOf, LocalDate today, String summary,
        List<Progress> councils, List<Timeline> timelines, List<Decision> decisions, List<PlanLine> plans,
        List<UrgentCapability> urgent) {

    /** The days ahead the decisions list looks. */
    public static final int DECISIONS_DAYS = 90;

    public int decisionsDays() {
        return DECISIONS_DAYS;
    }

    public String scope() {
        return council == null ? "all councils" : council;
    }

    @TemplateData
    public record Progress(String council, long contracts, long aligned, String summary) {
    }

    /** Something a council must decide, by when; overdue when the date has passed. */
    @TemplateData
    public record Decision(LocalDate date, long daysLeft, String council, String capability, String reference, String what) {
        public boolean overdue() {
            return daysLeft < 0;
        }

        public String when() {
            return daysLeft < 0 ? (-daysLeft) + " days overdue" : daysLeft == 0 ? "today" : "in " + daysLeft + " days";
        }
    }

    @TemplateData
    public record PlanLine(String capability, String status, LocalDate target, String tracking, List<String> councils,
            List<String> awaitingApproval, String jointContract) {
        public String councilList() {
            return String.join(", ", councils);
        }

        public String awaiting() {
            return awaitingApproval.isEmpty() ? "—" : String.join(", ", awaitingApproval);
        }
    }

    /** A capability with an asset past, or reaching, its end of support before its target. */
    @TemplateData
    public record UrgentCapability(String capability, LocalDate endOfSupport, LocalDate target, boolean past) {
    }
}
