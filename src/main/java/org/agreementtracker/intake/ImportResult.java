package org.agreementtracker.intake;

import java.util.List;

/**
 * What importing an agreement file did.
 *
 * @param agreementId the agreement
 * @param outcome CREATED, UNCHANGED (the same file again), CHANGED (a different file for
 * an existing agreement, which is not applied) or APPLIED (its differences applied)
 * @param stage where the agreement entered its lifecycle: NEGOTIATION or IMPLEMENTATION
 * @param differences for CHANGED and APPLIED, each field that differs (differed), stored
 * value against the file's
 */
public record ImportResult(String agreementId, Outcome outcome, String stage, List<String> differences) {

    public enum Outcome {

        CREATED, UNCHANGED, CHANGED, APPLIED

    }

}
