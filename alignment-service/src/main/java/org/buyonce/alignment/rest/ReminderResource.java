package org.buyonce.alignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.buyonce.alignment.api.DigestResponse;
import org.buyonce.alignment.reminder.MailSwitch;
import org.buyonce.alignment.reminder.Mailboxes;
import org.buyonce.alignment.reminder.Reminders;
import org.buyonce.commons.council.Partnership;
import org.buyonce.commons.problem.ProblemException;
import org.buyonce.commons.problem.ProblemType;
import org.buyonce.commons.rest.ApiDefinition;
import org.buyonce.commons.rest.ApiParameters;
import org.buyonce.commons.rest.QueryParams;
import org.buyonce.commons.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reminders by email: a council's weekly digest on demand. */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reminders")
public class ReminderResource {

    private final Reminders reminders;
    private final Mailboxes mailboxes;
    private final MailSwitch mail;
    private final Partnership partnership;

    public ReminderResource(Reminders reminders, Mailboxes mailboxes, MailSwitch mail, Partnership partnership) {
        this.reminders = reminders;
        this.mailboxes = mailboxes;
        this.mail = mail;
        this.partnership = partnership;
    }

    @POST
    @Path("digest")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "sendDigest", summary = "Send a council's digest now",
            description = "The weekly digest (sent every Monday at 07:00, London time) to the council's mailbox now: what falls "
                    + "to it in the next 90 days, overdue first. 409 when no SMTP host is configured or the council has no "
                    + "mailbox; 503 when the SMTP server does not take it.")
    @APIResponse(responseCode = "200", description = "Sent; what it listed")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDefinition.UNAVAILABLE)
    public DigestResponse digest(@QueryParam("council") @Parameter(required = true, description = "The council's code",
            schema = @Schema(type = SchemaType.STRING, pattern = ApiParameters.COUNCIL_PATTERN)) String council) {
        String code = QueryParams.council("council", council, partnership);
        if (code == null) {
            throw ProblemException.invalid("council", "a council is required, such as ?council=CAM");
        }
        if (!mail.on()) {
            throw ProblemException.conflict("no SMTP host is configured (QUARKUS_MAILER_HOST): no mail can be sent");
        }
        String mailbox = mailboxes.of(code).orElseThrow(() -> ProblemException.conflict("council " + code
                + " has no mailbox: name one in BUYONCE_COUNCIL_MAILBOXES (" + code + ":procurement@...)"));
        Reminders.DigestSent sent = reminders.digestNow(code, mailbox).orElseThrow(() -> new ProblemException(ProblemType.UNAVAILABLE,
                "the SMTP server did not take the digest; nothing was sent, try again later"));
        return new DigestResponse(sent.council(), sent.recipient(), sent.items().stream().map(item -> new DigestResponse.Item(item.date(),
                item.daysLeft(), item.capability(), item.reference(), item.what())).toList());
    }
}
