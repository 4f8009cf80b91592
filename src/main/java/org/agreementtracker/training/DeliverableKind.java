package org.agreementtracker.training;

/**
 * What a deliverable is; the decision {@code deliverable-forms} picks each kind's plan
 * and delivery forms, and {@link #requiredPlanFields()} what they must hold.
 */
public enum DeliverableKind {

    TRAINING("course", "audienceUnit", "trainerAgency", "traineesTargeted"), ADVISERS("advisersTargeted", "deployedTo"),
    PUBLIC_MESSAGING("campaignName", "channels"), SYSTEM("description"), OTHER("description");

    private final java.util.List<String> requiredPlanFields;

    DeliverableKind(String... requiredPlanFields) {
        this.requiredPlanFields = java.util.List.of(requiredPlanFields);
    }

    public java.util.List<String> requiredPlanFields() {
        return this.requiredPlanFields;
    }

}
