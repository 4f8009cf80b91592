package org.agreementtracker.agreement;

/**
 * Who hears about an overdue item, as the decision {@code escalation-routing} says.
 *
 * @param remindCoordinator remind the owner's coordinators
 * @param managerTask give managers a task to follow it up
 * @param agendaItem put it on the agenda of the next senior-level meeting
 */
public record EscalationRouting(boolean remindCoordinator, boolean managerTask, boolean agendaItem) {

    public String describe() {
        StringBuilder actions = new StringBuilder();
        if (this.remindCoordinator) {
            actions.append("coordinator reminder");
        }
        if (this.managerTask) {
            actions.append(actions.isEmpty() ? "" : ", ").append("manager task");
        }
        if (this.agendaItem) {
            actions.append(actions.isEmpty() ? "" : ", ").append("senior meeting agenda");
        }
        return actions.isEmpty() ? "none" : actions.toString();
    }

}
