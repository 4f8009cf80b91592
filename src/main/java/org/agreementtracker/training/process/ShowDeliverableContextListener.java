package org.agreementtracker.training.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.agreement.ProgressPage;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.FormContext;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.agreementtracker.training.Postponement;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every deliverable task: the agreement, the commitment and the deliverable, which the
 * forms show read-only, computed when a form is opened ({@link FormContext}); only the
 * title becomes a variable, once per instance, for Tasklist's lists
 * ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId}, {@code deliverableId} or {@code commitmentId}. Shows
 * {@code agreementTitle}, {@code progressLink}, {@code commitmentText},
 * {@code deliverableText} (with its target) and {@code postponementsText}, in the
 * language of the party the task is for.
 */
@Component
class ShowDeliverableContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final DeliverableService deliverables;

    private final Texts texts;

    ShowDeliverableContextListener(AgreementService agreements, ImplementationService implementation,
            DeliverableService deliverables, Texts texts) {
        this.agreements = agreements;
        this.implementation = implementation;
        this.deliverables = deliverables;
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
        String language = this.texts.languageOf(task);
        context.put(TasklistTitle.VARIABLE, this.agreements.listedTitle(agreementId));
        context.put(ProgressPage.LINK, ProgressPage.link(this.texts, agreementId, language));
        Object commitmentId = task.getVariable("commitmentId");
        Object deliverableId = task.getVariable("deliverableId");
        Deliverable deliverable = deliverableId == null ? null
                : this.deliverables.get(((Number) deliverableId).longValue());
        long commitment = commitmentId != null ? ((Number) commitmentId).longValue()
                : deliverable != null ? deliverable.commitmentId() : -1;
        if (commitment >= 0) {
            var stated = this.implementation.commitment(commitment);
            context.put("commitmentText",
                    this.texts.text("context.commitmentLine", language, stated.position(), stated.text()));
        }
        if (deliverable != null) {
            context.put("deliverableText",
                    this.texts.text("context.deliverable", language, deliverable.title(),
                            this.texts.label("kind", deliverable.kind(), language),
                            this.texts.date(deliverable.dueDate(), language),
                            deliverable.target() == null ? "" : this.texts.text("context.deliverable.target", language,
                                    this.texts.number(deliverable.target(), language))));
            context.put("postponementsText", postponements(deliverable.id(), language));
        }
        return context;
    }

    private String postponements(long deliverableId, String language) {
        List<Postponement> postponements = this.deliverables.postponements(deliverableId);
        if (postponements.isEmpty()) {
            return this.texts.text("context.postponements.none", language);
        }
        List<String> lines = new ArrayList<>();
        lines.add(this.texts.text("context.postponements.heading", language));
        lines.add("");
        for (Postponement postponement : postponements) {
            lines.add(this.texts.text("context.postponement", language,
                    this.texts.date(postponement.dueDate(), language), this.texts.person(postponement.postponedBy()),
                    this.texts.date(postponement.postponedAt(), language), postponement.reason().replace('\n', ' ')));
        }
        return String.join("\n", lines);
    }

}
