package org.agreementtracker.agreement.process;

import java.time.LocalDate;
import java.util.List;

import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.LifecycleProperties;
import org.agreementtracker.shared.FormValues;

/** Reads what "Sign memorandum" (or the signature message) says about implementation. */
final class ImplementationPlans {

    static final List<String> FIELDS = List.of("seniorMeetingCadence", "workingMeetingCadence", "agreementEndDate");

    private ImplementationPlans() {
    }

    static ImplementationService.ImplementationPlan read(FormValues form, LocalDate signedOn,
            LifecycleProperties lifecycle) {
        String senior = form.text("seniorMeetingCadence", false, 500);
        String working = form.text("workingMeetingCadence", false, 500);
        LocalDate end = form.date("agreementEndDate", false);
        form.throwIfInvalid();
        if (end == null && signedOn != null && !lifecycle.implementationPeriod().isZero()) {
            end = signedOn.plus(lifecycle.implementationPeriod());
        }
        return new ImplementationService.ImplementationPlan(signedOn, senior, working, end);
    }

}
