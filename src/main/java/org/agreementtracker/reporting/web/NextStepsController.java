package org.agreementtracker.reporting.web;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.language.Languages;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.NotFoundException;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What happens after a step: the steps its completion opened in the agreement, who has
 * each now and when it is due. Tasklist shows it when a form is completed
 * ({@code app/agreement-tracker/next-step.js}).
 * <p>
 * A coordinator sees the other parties' tasks of her agreements only here and only as
 * their names, groups and due dates; the agreement itself must be one she may see.
 */
@Tag(name = "Next steps", description = "What happens after a completed step")
@RestController
@RequestMapping("/api/tasks")
class NextStepsController {

    private final CommandExecutor commands;

    private final ProcessEngine engine;

    private final AgreementService agreements;

    private final Parties parties;

    private final Languages languages;

    private final TaskNames taskNames;

    private final Texts texts;

    NextStepsController(ProcessEngine engine, AgreementService agreements, Parties parties, Languages languages,
            TaskNames taskNames, Texts texts) {
        this.engine = engine;
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
        this.agreements = agreements;
        this.parties = parties;
        this.languages = languages;
        this.taskNames = taskNames;
        this.texts = texts;
    }

    @Operation(summary = "The steps that a completed task opened, with who has them and when they are due",
            description = "Steps are the open tasks of the task's agreement created since it was completed "
                    + "(opened: true), or, where it opened none, the agreement's other open tasks (opened: false). "
                    + "`message` says it in one sentence in the caller's language (her party's, else the "
                    + "Accept-Language header's). 404 for a task that is not completed or whose agreement "
                    + "the caller may not see.")
    @GetMapping("/{taskId}/next")
    Map<String, Object> next(@PathVariable String taskId, HttpServletRequest request,
            @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        Viewer viewer = Viewer.of(request, this.parties);
        List<String> groups = groupsOf(request);
        String language = this.languages.forCaller(groups, acceptLanguage);
        HistoricTaskInstance done = withoutAuthorization(() -> this.engine.getHistoryService()
            .createHistoricTaskInstanceQuery()
            .taskId(taskId)
            .finished()
            .singleResult());
        String agreementId = done == null ? null : done.getProcessInstanceId() == null ? null
                : withoutAuthorization(() -> businessKeyOf(done.getProcessInstanceId()));
        if (agreementId == null || this.agreements.find(agreementId).isEmpty() || !viewer
            .maySee(this.agreements.partyCountries(List.of(agreementId)).getOrDefault(agreementId, List.of()))) {
            throw new NotFoundException("No completed step " + taskId + " that you may see");
        }
        Date since = new Date(done.getEndTime().getTime() - 1000);
        List<Task> open = withoutAuthorization(() -> this.engine.getTaskService()
            .createTaskQuery()
            .processInstanceBusinessKey(agreementId)
            .orderByTaskCreateTime()
            .asc()
            .list());
        List<Task> opened = open.stream().filter(task -> !task.getCreateTime().before(since)).toList();
        // A step that opened nothing (one party's review of several) leaves the others.
        boolean waiting = opened.isEmpty();
        List<Map<String, Object>> steps = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (Task task : waiting ? open : opened) {
            String name = this.taskNames.in(task, Locale.forLanguageTag(language));
            String group = groupOf(task, language);
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", name);
            step.put("group", group);
            step.put("due", task.getDueDate());
            step.put("opened", !waiting);
            steps.add(step);
            String prefix = waiting ? "next.waiting" : "next.step";
            sentences.add(task.getDueDate() == null ? this.texts.text(prefix + "NoDue", language, name, group)
                    : this.texts.text(prefix, language, name, group, this.texts
                        .date(task.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate(), language)));
        }
        if (sentences.isEmpty()) {
            boolean ended = this.agreements.get(agreementId).status().isEnded();
            sentences.add(this.texts.text(ended ? "next.ended" : "next.nothing", language));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("agreementId", agreementId);
        answer.put("steps", steps);
        answer.put("message", this.texts.text("next.done", language) + " " + String.join(" ", sentences));
        return answer;
    }

    private String businessKeyOf(String processInstanceId) {
        var instance = this.engine.getHistoryService()
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

    /** Who has a task: its candidate groups, named in the reader's language. */
    private String groupOf(Task task, String language) {
        List<String> names = withoutAuthorization(() -> this.engine.getTaskService()
            .getIdentityLinksForTask(task.getId())
            .stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(Objects::nonNull)
            .map(group -> groupName(group, language))
            .toList());
        if (task.getAssignee() != null) {
            return this.texts.person(task.getAssignee());
        }
        return String.join(", ", names);
    }

    private String groupName(String group, String language) {
        String prefix = Parties.Party.coordinatorsGroup("");
        if (group.startsWith(prefix)) {
            String code = group.substring(prefix.length());
            return this.texts.text("group.coordinators", language, this.texts.party(code, language));
        }
        return this.texts.textOrElse("group." + group, group, language);
    }

    private List<String> groupsOf(HttpServletRequest request) {
        List<String> groups = new ArrayList<>();
        for (String code : this.parties.codes()) {
            String group = Parties.Party.coordinatorsGroup(code);
            if (request.isUserInRole(group)) {
                groups.add(group);
            }
        }
        return groups;
    }

    private <T> T withoutAuthorization(java.util.concurrent.Callable<T> query) {
        return this.commands.execute(context -> context.runWithoutAuthorization(query));
    }

}
