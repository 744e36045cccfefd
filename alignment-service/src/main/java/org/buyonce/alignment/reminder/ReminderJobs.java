package org.buyonce.alignment.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Owners are reminded within a minute of start and then hourly; the councils' digests go out on Monday at 07:00, London time. */
@ApplicationScoped
class ReminderJobs {

    private final Reminders reminders;

    ReminderJobs(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "owner-reminders", every = "${buyonce.reminders.every:PT1H}", delayed = "${buyonce.reminders.first-after:PT30S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void owners() {
        reminders.remindOwners();
    }

    @Scheduled(identity = "weekly-digests", cron = "${buyonce.reminders.digest-cron:0 0 7 ? * MON}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digests() {
        reminders.weeklyDigests();
    }
}
