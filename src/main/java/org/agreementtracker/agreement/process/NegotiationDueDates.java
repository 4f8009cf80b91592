package org.agreementtracker.agreement.process;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Date;

import org.agreementtracker.agreement.LifecycleProperties;
import org.camunda.bpm.engine.delegate.VariableScope;

import org.springframework.stereotype.Component;

/**
 * Due dates of the negotiation's user tasks
 * ({@code camunda:dueDate="${negotiationDueDates.review(execution)}"}): each step gets
 * its configured time, but never beyond the final-text deadline while that is still
 * ahead, so the steps fit inside what the governments promised.
 */
@Component
public class NegotiationDueDates {

    private final LifecycleProperties lifecycle;

    NegotiationDueDates(LifecycleProperties lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Date draft(VariableScope scope) {
        return withinDeadline(scope, this.lifecycle.draftTime());
    }

    public Date review(VariableScope scope) {
        return withinDeadline(scope, this.lifecycle.reviewTime());
    }

    public Date revise(VariableScope scope) {
        return withinDeadline(scope, this.lifecycle.reviseTime());
    }

    public Date sign(VariableScope scope) {
        Date deadline = (Date) scope.getVariable(AgreementLifecycle.Variables.FINAL_TEXT_DUE_AT);
        if (deadline != null && deadline.toInstant().isAfter(NegotiationDeadlines.now())) {
            return deadline;
        }
        return after(this.lifecycle.draftTime());
    }

    public Date decision(VariableScope scope) {
        return after(this.lifecycle.decisionTime());
    }

    public Date escalation(VariableScope scope) {
        return after(this.lifecycle.escalationTime());
    }

    private Date withinDeadline(VariableScope scope, Period time) {
        Date due = after(time);
        Date deadline = (Date) scope.getVariable(AgreementLifecycle.Variables.FINAL_TEXT_DUE_AT);
        Instant now = NegotiationDeadlines.now();
        if (deadline != null && deadline.toInstant().isAfter(now) && deadline.before(due)) {
            return deadline;
        }
        return due;
    }

    private static Date after(Period time) {
        return Date.from(NegotiationDeadlines.now().atZone(ZoneOffset.UTC).plus(time).toInstant());
    }

}
