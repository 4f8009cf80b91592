package org.agreementtracker.agreement.process;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Assessment;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ProgressPage;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every commitment task: the agreement, the commitment's words and status, and the
 * assessment under review, which the forms show read-only, computed when a form is opened
 * ({@link FormContext}); only the title becomes a variable, once per instance, for
 * Tasklist's lists ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId}, {@code commitmentId}, {@code assessmentId}. Shows
 * {@code agreementTitle}, {@code progressLink}, {@code commitmentText},
 * {@code commitmentStatusText}, {@code assessmentText} and {@code previousAssessmentText}
 * (the level that counted before), in the language of the party the task is for.
 */
@Component
class ShowCommitmentContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final Texts texts;

    ShowCommitmentContextListener(AgreementService agreements, ImplementationService implementation, Texts texts) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        TasklistTitle.showFor(task, () -> this.agreements.listedTitle((String) task.getVariable("agreementId")));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        Map<String, String> context = new LinkedHashMap<>();
        String agreementId = (String) task.getVariable("agreementId");
        long commitmentId = ((Number) task.getVariable("commitmentId")).longValue();
        String language = this.texts.languageOf(task);
        Commitment commitment = this.implementation.commitment(commitmentId);
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        context.put(ProgressPage.LINK, ProgressPage.link(this.texts, agreementId, language));
        context.put("commitmentText",
                this.texts.text("context.commitmentLine", language, commitment.position(), commitment.text()));
        context.put("commitmentStatusText",
                this.texts.label("implementation", this.implementation.commitmentStatus(commitmentId), language));
        Object assessmentId = task.getVariable("assessmentId");
        if (assessmentId != null) {
            Assessment assessment = this.implementation.assessment(((Number) assessmentId).longValue());
            context.put("assessmentText", this.texts.text("context.assessment", language,
                    this.texts.label("implementation", assessment.status(), language), assessment.evidenceRef(),
                    assessment.evidenceSource(), this.texts.label("reliability", assessment.reliability(), language),
                    this.texts.person(assessment.assessedBy()), this.texts.date(assessment.assessedAt(), language),
                    assessment.note() == null || assessment.note().isBlank() ? ""
                            : this.texts.text("context.assessment.note", language, assessment.note())));
            context.put("previousAssessmentText", previous(commitmentId, assessment, language));
        }
        return context;
    }

    /**
     * The level that counted before the assessment under review: the latest one approved.
     */
    private String previous(long commitmentId, Assessment underReview, String language) {
        return this.implementation.assessments(commitmentId)
            .stream()
            .filter(other -> other.id() != underReview.id() && Boolean.TRUE.equals(other.approved()))
            .max(Comparator.comparing(Assessment::assessedAt))
            .map(other -> this.texts.text("context.assessment.previous", language,
                    this.texts.label("implementation", other.status(), language), this.texts.person(other.assessedBy()),
                    this.texts.date(other.assessedAt(), language), this.texts.person(other.reviewedBy())))
            .orElseGet(() -> this.texts.text("context.assessment.noPrevious", language));
    }

}
