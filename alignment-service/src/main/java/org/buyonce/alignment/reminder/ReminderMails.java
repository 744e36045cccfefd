package org.buyonce.alignment.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.buyonce.alignment.dashboard.Dashboard;
import org.buyonce.alignment.projection.ContractProjection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The messages, each with a text and an HTML part; the HTML is for Outlook: inline styles, tables, no script and no
 * remote image.
 */
@ApplicationScoped
class ReminderMails {

    private final Template digestHtml;
    private final Template digestText;
    private final Template ownerHtml;
    private final Template ownerText;
    private final String dashboardUrl;

    ReminderMails(@Location("reminders/digest.html") Template digestHtml, @Location("reminders/digest.txt") Template digestText,
            @Location("reminders/owner.html") Template ownerHtml, @Location("reminders/owner.txt") Template ownerText,
            @ConfigProperty(name = "buyonce.dashboard-url") Optional<String> dashboardUrl,
            @ConfigProperty(name = "buyonce.public-url") Optional<String> publicUrl) {
        this.digestHtml = digestHtml;
        this.digestText = digestText;
        this.ownerHtml = ownerHtml;
        this.ownerText = ownerText;
        // BUYONCE_DASHBOARD_URL, else the public address (with or without its trailing slash) + /dashboard.
        this.dashboardUrl = dashboardUrl.orElseGet(() -> publicUrl.orElse("http://localhost:8083").replaceAll("/+$", "") + "/dashboard");
    }

    Mail digest(String council, String mailbox, List<Dashboard.Decision> items, LocalDate today) {
        long overdue = items.stream().filter(Dashboard.Decision::overdue).count();
        String subject = "BuyOnce weekly digest for " + council + ": " + items.size() + (items.size() == 1 ? " deadline" : " deadlines")
                + " in the next " + Dashboard.DECISIONS_DAYS + " days" + (overdue > 0 ? ", " + overdue + " overdue" : "");
        String link = dashboardUrl + "?council=" + council;
        return Mail.withHtml(mailbox, subject, render(digestHtml, council, items, today, link))
                .setText(render(digestText, council, items, today, link));
    }

    Mail owner(ContractProjection contract, ContractDeadlines.Deadline deadline, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, deadline.date());
        String when = left < 0 ? "overdue since " + deadline.date() : "due in " + left + (left == 1 ? " day" : " days") + ", by " + deadline.date();
        String subject = "BuyOnce reminder: " + contract.reference + " — " + when;
        String link = dashboardUrl + "?council=" + contract.council + "&capability=" + URLEncoder.encode(contract.capability, StandardCharsets.UTF_8);
        return Mail.withHtml(contract.ownerEmail, subject, owner(ownerHtml, contract, deadline, when, link).data("overdue", left < 0).render())
                .setText(owner(ownerText, contract, deadline, when, link).render());
    }

    private static TemplateInstance owner(Template template, ContractProjection contract, ContractDeadlines.Deadline deadline,
            String when, String link) {
        return template.data("name", contract.ownerName == null ? "" : contract.ownerName).data("reference", contract.reference)
                .data("title", contract.title).data("council", contract.council).data("capability", contract.capability)
                .data("what", deadline.what()).data("date", deadline.date().toString()).data("when", when).data("link", link);
    }

    private static String render(Template template, String council, List<Dashboard.Decision> items, LocalDate today, String link) {
        return template.data("council", council).data("items", items).data("today", today).data("days", Dashboard.DECISIONS_DAYS)
                .data("link", link).render();
    }
}
