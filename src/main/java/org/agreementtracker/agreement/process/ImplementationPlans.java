package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.util.List;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.agreement.MeetingCadence;
import org.agreementtracker.shared.FormValues;

/** Reads what "Sign memorandum" (or the signature message) says about implementation. */
final class ImplementationPlans {

    static final List<String> FIELDS = List.of("seniorMeetingCadence", "seniorMeetingDates", "workingMeetingCadence",
            "workingMeetingDates", "agreementEndDate");

    /** The choice that the cadence is written in the level's dates field. */
    static final String WRITTEN = "DATES";

    /** The choice of no regular meetings at a level. */
    static final String NONE = "NONE";

    private ImplementationPlans() {
    }

    static ImplementationService.ImplementationPlan read(FormValues form, LocalDate signedOn,
            LifecycleProperties lifecycle) {
        String senior = cadence(form, "senior");
        String working = cadence(form, "working");
        LocalDate end = form.date("agreementEndDate", false);
        form.throwIfInvalid();
        if (end == null && signedOn != null && !lifecycle.implementationPeriod().isZero()) {
            end = signedOn.plus(lifecycle.implementationPeriod());
        }
        return new ImplementationService.ImplementationPlan(signedOn, senior, working, end);
    }

    /**
     * A level's cadence: chosen from the form's list (an ISO-8601 interval), written in
     * its dates field, or given as any cadence text by a REST client or a file.
     */
    private static String cadence(FormValues form, String level) {
        String chosen = form.text(level + "MeetingCadence", false, 500);
        String cadence = chosen;
        if (WRITTEN.equals(chosen)) {
            // A cadence that cannot be read is told about the field it was written in.
            form.alias(level + "MeetingCadence", level + "MeetingDates");
            cadence = form.text(level + "MeetingDates", true, 500);
        }
        if (cadence == null || NONE.equals(cadence)) {
            return null;
        }
        // Words ("every 6 months") are kept as the interval they mean.
        return MeetingCadence.inWords(cadence).orElse(cadence);
    }

}
