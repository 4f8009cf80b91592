package org.agreementtracker.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.language.Languages;
import org.agreementtracker.language.TaskNames;
import org.agreementtracker.reporting.OverdueItem;
import org.agreementtracker.reporting.ProgressService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told what by mail: a task's group before it is due and when it is overdue,
 * managers when an escalation reaches them, and each manager weekly of what is late. Each
 * notice is recorded before it is sent, in the same transaction: it goes out once, even
 * with two nodes, and a failed send is retried.
 */
@Service
@Transactional
public class NotificationService {

    static final String MANAGERS = "managers";

    private final TaskService taskService;

    private final RuntimeService runtimeService;

    private final IdentityService identityService;

    private final AgreementService agreements;

    private final ProgressService progress;

    private final Mailer mailer;

    private final NotificationSettings settings;

    private final JdbcClient jdbc;

    private final Languages languages;

    private final MessageSource messages;

    private final TaskNames taskNames;

    NotificationService(TaskService taskService, RuntimeService runtimeService, IdentityService identityService,
            AgreementService agreements, ProgressService progress, Mailer mailer, NotificationSettings settings,
            JdbcClient jdbc, Languages languages, MessageSource messages, TaskNames taskNames) {
        this.taskNames = taskNames;
        this.languages = languages;
        this.messages = messages;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.agreements = agreements;
        this.progress = progress;
        this.mailer = mailer;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /**
     * @return how many mails were sent
     */
    public int sendTaskReminders() {
        if (!this.mailer.isOn()) {
            return 0;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        int sent = 0;
        for (Task task : this.taskService.createTaskQuery()
            .dueBefore(Date.from(now.plus(this.settings.reminderLead())))
            .list()) {
            boolean overdue = task.getDueDate().toInstant().isBefore(now);
            String kind = overdue ? "TASK_OVERDUE" : "TASK_DUE_SOON";
            if (firstTime(task.getId(), kind)) {
                List<String> to = recipients(task);
                Locale language = Locale.forLanguageTag(this.languages.ofGroups(groupsOf(task)));
                String what = overdue ? "overdue" : "dueSoon";
                this.mailer.send(to, text("mail.subject." + what, language, taskName(task, language) + describe(task)),
                        taskText(task, "mail.task." + what, language));
                sent += to.isEmpty() ? 0 : 1;
            }
        }
        for (Task task : this.taskService.createTaskQuery().taskCandidateGroup(MANAGERS).list()) {
            if (firstTime(task.getId(), "ESCALATION")) {
                List<String> to = emailsOf(List.of(MANAGERS));
                Locale language = Locale.forLanguageTag(this.languages.ofGroups(List.of(MANAGERS)));
                this.mailer.send(to,
                        text("mail.subject.escalation", language, taskName(task, language) + describe(task)),
                        taskText(task, "mail.task.escalation", language));
                sent += to.isEmpty() ? 0 : 1;
            }
        }
        return sent;
    }

    /** One mail per manager with everything that is late. */
    public int sendWeeklyDigest() {
        if (!this.mailer.isOn()) {
            return 0;
        }
        String week = OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
            .toLocalDate()
            .toString();
        List<OverdueItem> late = this.progress.overdue(countries -> true);
        int sent = 0;
        for (User manager : this.identityService.createUserQuery().memberOfGroup(MANAGERS).list()) {
            if (manager.getEmail() == null || !firstTime(manager.getId() + "@" + week, "WEEKLY_DIGEST")) {
                continue;
            }
            StringBuilder text = new StringBuilder("Good morning " + manager.getFirstName() + ",\n\n");
            if (late.isEmpty()) {
                text.append("Nothing is late this week.\n");
            }
            else {
                text.append(late.size()).append(" items are late, most overdue first:\n\n");
                for (OverdueItem item : late) {
                    text.append("- ")
                        .append(item.agreementId())
                        .append(": ")
                        .append(item.description())
                        .append(" (")
                        .append(item.kind().toLowerCase().replace('_', ' '))
                        .append(", due ")
                        .append(item.dueDate())
                        .append(", ")
                        .append(item.daysLate())
                        .append(" days late)\n");
                }
            }
            text.append("\nProgress and the full list: ").append(this.settings.baseUrl()).append("/api/overdue\n");
            this.mailer.send(List.of(manager.getEmail()), "Weekly digest: " + late.size() + " items late",
                    text.toString());
            sent++;
        }
        return sent;
    }

    private boolean firstTime(String subjectId, String kind) {
        return this.jdbc.sql("""
                insert into tracker.notification_sent (subject_id, kind, sent_at) values (?, ?, ?)
                on conflict do nothing""")
            .params(subjectId, kind, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC))
            .update() == 1;
    }

    private List<String> recipients(Task task) {
        if (task.getAssignee() != null) {
            User assignee = this.identityService.createUserQuery().userId(task.getAssignee()).singleResult();
            return assignee == null || assignee.getEmail() == null ? List.of() : List.of(assignee.getEmail());
        }
        return emailsOf(groupsOf(task));
    }

    private List<String> groupsOf(Task task) {
        if (task.getAssignee() != null) {
            return this.identityService.createGroupQuery()
                .groupMember(task.getAssignee())
                .list()
                .stream()
                .map(Group::getId)
                .toList();
        }
        return this.taskService.getIdentityLinksForTask(task.getId())
            .stream()
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .toList();
    }

    private List<String> emailsOf(List<String> groups) {
        Set<String> emails = new LinkedHashSet<>();
        for (String group : groups) {
            this.identityService.createUserQuery()
                .memberOfGroup(group)
                .list()
                .stream()
                .map(User::getEmail)
                .filter(email -> email != null && !email.isBlank())
                .forEach(emails::add);
        }
        return new ArrayList<>(emails);
    }

    private String describe(Task task) {
        String agreementId = businessKey(task);
        return agreementId == null ? "" : " (" + agreementId + ")";
    }

    private String taskText(Task task, String code, Locale language) {
        String agreementId = businessKey(task);
        String title = agreementId == null ? "" : this.agreements.find(agreementId).map(a -> a.title()).orElse("");
        String ofAgreement = title.isEmpty() ? "" : text("mail.task.ofAgreement", language, title, agreementId);
        String due = Languages.date(LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneOffset.UTC),
                language.getLanguage());
        return text(code, language, taskName(task, language), ofAgreement, due) + "\n\n" + text("mail.task.open",
                language, this.settings.baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId()) + "\n";
    }

    /** The task's name in the language; the model's (English) name where none is kept. */
    private String taskName(Task task, Locale language) {
        return this.taskNames.in(task, language);
    }

    private String text(String code, Locale language, Object... arguments) {
        return this.messages.getMessage(code, arguments, language);
    }

    private String businessKey(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        ProcessInstance instance = this.runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }

}
