package org.agreementtracker.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ImplementationStatus;
import org.agreementtracker.agreement.StatusChange;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.Parties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tables a manager takes to a meeting: the portfolio, the commitments with their
 * evidence, the status history and the late items, of the agreements the reader may see,
 * headed and worded in the reader's language. Codes become words; ids stay as they are,
 * since a spreadsheet is also read back by people who search for them.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    /** What can be exported, by the name in {@code /api/exports/{table}}. */
    public enum Table {

        PORTFOLIO("portfolio"), COMMITMENTS("commitments"), STATUS_HISTORY("status-history"), LATE_ITEMS("late-items");

        private final String path;

        Table(String path) {
            this.path = path;
        }

        public String path() {
            return this.path;
        }

        public static java.util.Optional<Table> byPath(String path) {
            return Arrays.stream(values()).filter(table -> table.path.equals(path)).findFirst();
        }

    }

    private final DeadlineService deadlines;

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final Texts texts;

    private final Parties parties;

    ExportService(DeadlineService deadlines, AgreementService agreements, ImplementationService implementation,
            Texts texts, Parties parties) {
        this.parties = parties;
        this.deadlines = deadlines;
        this.agreements = agreements;
        this.implementation = implementation;
        this.texts = texts;
    }

    public ExportTable export(Table table, Collection<Agreement> visible, String language) {
        return switch (table) {
            case PORTFOLIO -> portfolio(visible, language);
            case COMMITMENTS -> commitments(visible, language);
            case STATUS_HISTORY -> history(visible, language);
            case LATE_ITEMS -> lateItems(visible, language);
        };
    }

    private ExportTable portfolio(Collection<Agreement> visible, String language) {
        Portfolio portfolio = this.deadlines.portfolio(visible);
        Map<Long, ImplementationStatus> statuses = this.implementation.commitmentStatuses();
        Map<String, Agreement> byId = visible.stream().collect(Collectors.toMap(Agreement::id, agreement -> agreement));
        List<List<Object>> rows = new ArrayList<>();
        for (Portfolio.AgreementLine line : portfolio.agreements()) {
            Agreement agreement = byId.get(line.id());
            Progress progress = Progress.of(agreement.id(), agreement.title(),
                    agreement.commitments()
                        .stream()
                        .map(commitment -> statuses.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED))
                        .toList());
            rows.add(row(line.id(), line.title(), this.texts.label("status", line.status(), language),
                    this.texts.party(line.leadParty(), language), agreement.commitments().size(), progress.score(),
                    line.late(), line.dueSoon(), line.mostDaysLate(),
                    line.next() == null ? null : deadlineName(line.next(), language),
                    line.next() == null ? null : line.next().due(), waitingOn(line.waitingOn(), language)));
        }
        return new ExportTable("portfolio", headers("portfolio", language, "id", "title", "status", "lead",
                "commitments", "score", "late", "dueSoon", "mostDaysLate", "nextDeadline", "nextDue", "waitingOn"),
                rows);
    }

    private ExportTable commitments(Collection<Agreement> visible, String language) {
        Map<Long, ImplementationStatus> statuses = this.implementation.commitmentStatuses();
        Map<Long, Assessment> evidence = this.implementation.currentEvidence();
        List<List<Object>> rows = new ArrayList<>();
        for (Agreement agreement : sorted(visible)) {
            for (Commitment commitment : agreement.commitments()) {
                Assessment assessment = evidence.get(commitment.id());
                rows.add(row(agreement.id(), agreement.title(), commitment.position(), commitment.text(),
                        commitment.areas()
                            .stream()
                            .map(area -> this.texts.label("area", area, language))
                            .sorted()
                            .collect(Collectors.joining("; ")),
                        this.texts.label("implementation",
                                statuses.getOrDefault(commitment.id(), ImplementationStatus.NOT_STARTED), language),
                        assessment == null ? null : assessment.evidenceRef(),
                        assessment == null ? null : assessment.evidenceSource(),
                        assessment == null ? null : this.texts.label("reliability", assessment.reliability(), language),
                        assessment == null ? null : this.texts.person(assessment.assessedBy()),
                        assessment == null ? null : assessment.assessedAt().toLocalDate()));
            }
        }
        List<String> headers = new ArrayList<>(headers("portfolio", language, "id", "title"));
        headers.addAll(headers("commitments", language, "position", "text", "areas", "status", "evidence", "source",
                "reliability", "assessedBy", "assessedAt"));
        return new ExportTable("commitments", headers, rows);
    }

    private ExportTable history(Collection<Agreement> visible, String language) {
        Map<String, List<StatusChange>> histories = this.agreements.statusHistories();
        List<List<Object>> rows = new ArrayList<>();
        for (Agreement agreement : sorted(visible)) {
            for (StatusChange change : histories.getOrDefault(agreement.id(), List.of())) {
                rows.add(row(agreement.id(), agreement.title(), change.changedAt().toLocalDateTime().toString(),
                        this.texts.label("status", change.status(), language),
                        this.agreements.inLanguage(change, language).note(), this.texts.person(change.changedBy())));
            }
        }
        List<String> headers = new ArrayList<>(headers("portfolio", language, "id", "title"));
        headers.addAll(headers("history", language, "when", "status", "what", "who"));
        return new ExportTable("status-history", headers, rows);
    }

    private ExportTable lateItems(Collection<Agreement> visible, String language) {
        Map<String, List<Deadline>> all = this.deadlines.of(visible);
        Map<String, String> titles = visible.stream().collect(Collectors.toMap(Agreement::id, Agreement::title));
        List<Deadline> late = all.values().stream().flatMap(List::stream).filter(Deadline::isLate).sorted((a, b) -> {
            int byDays = Long.compare(b.daysLate(), a.daysLate());
            return byDays != 0 ? byDays : a.agreementId().compareTo(b.agreementId());
        }).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Deadline deadline : late) {
            rows.add(row(deadline.agreementId(), titles.get(deadline.agreementId()),
                    this.texts.text("deadline." + deadline.kind().name(), language), subject(deadline, language),
                    deadline.stated(), deadline.due(), deadline.daysLate(), owner(deadline.owner(), language),
                    waitingOn(deadline.steps(), language)));
        }
        List<String> headers = new ArrayList<>(headers("portfolio", language, "id", "title"));
        headers.addAll(headers("late", language, "kind", "subject", "stated", "due", "daysLate", "owner", "steps"));
        return new ExportTable("late-items", headers, rows);
    }

    /**
     * A deadline in words: its kind, and what it concerns where the kind alone does not
     * say.
     */
    public String deadlineName(Deadline deadline, String language) {
        String kind = this.texts.text("deadline." + deadline.kind().name(), language);
        String subject = subject(deadline, language);
        return subject == null ? kind : kind + ": " + subject;
    }

    private String subject(Deadline deadline, String language) {
        if (deadline.subject() == null) {
            return null;
        }
        if (deadline.kind() == DeadlineKind.MEETING) {
            return this.texts.label("level", org.agreementtracker.meeting.MeetingLevel.valueOf(deadline.subject()),
                    language);
        }
        return deadline.subject();
    }

    /** Who holds the steps: "Plan deliverable (Coordinators: Guatemala)". */
    public String waitingOn(List<Step> steps, String language) {
        return steps.stream()
            .map(step -> step.name() + " (" + (step.assignee() != null ? this.texts.person(step.assignee())
                    : step.holders().stream().map(group -> owner(group, language)).collect(Collectors.joining(", ")))
                    + ")")
            .collect(Collectors.joining("; "));
    }

    private String owner(String owner, String language) {
        String prefix = Parties.Party.coordinatorsGroup("");
        if (owner == null) {
            return null;
        }
        if (owner.startsWith(prefix)) {
            return this.texts.text("group.coordinators", language,
                    this.texts.party(owner.substring(prefix.length()), language));
        }
        if (this.parties.isKnown(owner)) {
            return this.texts.party(owner, language);
        }
        return this.texts.textOrElse("group." + owner, owner, language);
    }

    private List<String> headers(String table, String language, String... columns) {
        return Arrays.stream(columns)
            .map(column -> this.texts.text("export." + table + "." + column, language))
            .toList();
    }

    private static List<Agreement> sorted(Collection<Agreement> agreements) {
        return agreements.stream().sorted(java.util.Comparator.comparing(Agreement::id)).toList();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

}
