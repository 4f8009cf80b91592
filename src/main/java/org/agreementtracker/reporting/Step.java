package org.agreementtracker.reporting;

import java.time.Instant;
import java.util.List;

/**
 * An open task: who holds it and since when.
 *
 * @param taskId the task
 * @param taskKey its id in the process model
 * @param name its name, in English
 * @param holders the groups that may do it (coordinators-xx, managers, reviewers)
 * @param assignee who claimed it, if anybody
 * @param since when it opened
 * @param due when it is due, if it has a due date
 */
public record Step(String taskId, String taskKey, String name, List<String> holders, String assignee, Instant since,
        Instant due) {

    /** The party codes among the holders: whose coordinators the agreement waits for. */
    public List<String> parties() {
        String prefix = org.agreementtracker.shared.Parties.Party.coordinatorsGroup("");
        return this.holders.stream()
            .filter(group -> group.startsWith(prefix))
            .map(group -> group.substring(prefix.length()))
            .toList();
    }

}
