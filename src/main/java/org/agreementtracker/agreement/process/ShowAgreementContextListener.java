package org.agreementtracker.agreement.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.Commitment;
import org.agreementtracker.agreement.MemorandumDraft;
import org.agreementtracker.agreement.MemorandumReview;
import org.agreementtracker.agreement.ProgressPage;
import org.agreementtracker.agreement.ReviewDecision;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * On every negotiation task: the agreement's context, which the forms show read-only, so
 * that whoever does the step sees the work before it. Computed from our tables when a
 * form is opened ({@link FormContext}); only the title becomes a variable, once per
 * instance, for Tasklist's lists ({@link TasklistTitle}). Everything is in the language
 * of the party the task is for.
 * <p>
 * Reads {@code agreementId} and, on review tasks, {@code reviewingParty}. Shows
 * {@code agreementTitle}, {@code progressLink}, {@code agreementSummary} (with the final
 * text's deadline), {@code reviewingPartyName}, {@code commitmentsText},
 * {@code draftText} (the latest draft, what changed since the one before and what the
 * reviewing party asked for then), {@code reviewsText} (every party's answer to the
 * latest draft) and {@code approvalsText}; on <em>Revise memorandum draft</em> it fills
 * {@code draftDocumentRef} with the latest document, which the drafter edits.
 */
@Component
class ShowAgreementContextListener implements TaskListener, FormContext {

    private final AgreementService agreements;

    private final Texts texts;

    ShowAgreementContextListener(AgreementService agreements, Texts texts) {
        this.agreements = agreements;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        TasklistTitle.showFor(task, () -> this.agreements
            .listedTitle((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID)));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        Agreement agreement = this.agreements.get(id);
        String language = this.texts.languageOf(task);
        Map<String, String> context = new LinkedHashMap<>();
        context.put(TasklistTitle.VARIABLE, agreement.listedTitle());
        context.put(ProgressPage.LINK, ProgressPage.link(this.texts, id, language));
        context.put("agreementSummary", summary(agreement, language));
        Object reviewingParty = task.getVariable(AgreementLifecycle.Variables.REVIEWING_PARTY);
        if (reviewingParty != null) {
            context.put("reviewingPartyName", this.texts.party(reviewingParty.toString(), language));
        }
        context.put("commitmentsText", commitments(agreement, language));
        List<MemorandumDraft> drafts = this.agreements.drafts(id);
        List<MemorandumReview> reviews = this.agreements.reviews(id);
        context.put("draftText",
                draft(drafts, reviews, reviewingParty == null ? null : reviewingParty.toString(), language));
        if (!drafts.isEmpty()) {
            MemorandumDraft latest = drafts.get(drafts.size() - 1);
            context.put("reviewsText", reviews(agreement, latest.round(), reviews, language));
            context.put("approvalsText", approvals(latest.round(), reviews, language));
            if (AgreementLifecycle.Elements.REVISE_MEMORANDUM_DRAFT.equals(task.getTaskDefinitionKey())) {
                context.put(AgreementLifecycle.Fields.DRAFT_DOCUMENT_REF, latest.documentRef());
            }
        }
        return context;
    }

    private String summary(Agreement agreement, String language) {
        String summary = this.texts.text("context.summary", language,
                this.texts.label("instrument", agreement.instrumentType(), language),
                this.texts.date(agreement.dateSigned(), language), this.texts.party(agreement.leadParty(), language),
                agreement.parties().stream().map(party -> describe(party, language)).collect(Collectors.joining("; ")));
        String stated = agreement.finalTextDue().stated() == null ? ""
                : this.texts.text("context.stated", language, agreement.finalTextDue().stated());
        String finalTextDue = this.texts.text("context.finalTextDue", language,
                this.texts.date(agreement.finalTextDue().date(), language), stated, agreement.reviewRound(),
                agreement.maxReviewRounds());
        // Camunda Forms render the Markdown inside it.
        return summary + "\n\n" + this.texts.text("context.finalTextDueLine", language, finalTextDue);
    }

    private String describe(AgreementParty party, String language) {
        return this.texts.text("context.party", language, party.name(),
                party.country() == null ? this.texts.text("context.international", language)
                        : this.texts.party(party.country(), language),
                this.texts.label("role", party.role(), language));
    }

    private String commitments(Agreement agreement, String language) {
        if (agreement.commitments().isEmpty()) {
            return this.texts.text("context.commitment.none", language);
        }
        List<String> lines = new ArrayList<>();
        lines.add(this.texts.text("context.commitments.heading", language));
        lines.add("");
        for (Commitment commitment : agreement.commitments()) {
            String areas = commitment.areas().isEmpty() ? ""
                    : this.texts.text("context.commitment.areas", language,
                            commitment.areas()
                                .stream()
                                .map(area -> this.texts.label("area", area, language))
                                .collect(Collectors.joining(", ")));
            lines.add(this.texts.text("context.commitment", language, commitment.text(), areas));
        }
        return String.join("\n", lines);
    }

    /**
     * The latest draft; from round 2 on, what changed since the draft before, what the
     * reviewing party asked of that draft, and what the first draft says.
     */
    private String draft(List<MemorandumDraft> drafts, List<MemorandumReview> reviews, String reviewingParty,
            String language) {
        if (drafts.isEmpty()) {
            return this.texts.text("context.draft.none", language);
        }
        MemorandumDraft latest = drafts.get(drafts.size() - 1);
        List<String> parts = new ArrayList<>();
        parts.add(this.texts.text("context.draft.heading", language, latest.round(),
                this.texts.person(latest.draftedBy()), this.texts.date(latest.draftedAt(), language),
                latest.documentRef()));
        if (latest.round() == 1 || drafts.size() == 1) {
            parts.add(this.texts.text("context.draft.says", language, latest.summary()));
            return String.join("\n\n", parts);
        }
        int previous = latest.round() - 1;
        parts.add(this.texts.text("context.draft.changed", language, previous, latest.summary()));
        if (reviewingParty != null) {
            reviewOf(reviews, previous, reviewingParty)
                .ifPresent(review -> parts.add(this.texts.text("context.review.ownLast", language,
                        this.texts.party(reviewingParty, language), previous, answer(review, language))));
        }
        parts.add(this.texts.text("context.draft.firstSays", language, drafts.get(0).summary()));
        return String.join("\n\n", parts);
    }

    private String reviews(Agreement agreement, int round, List<MemorandumReview> reviews, String language) {
        List<String> lines = new ArrayList<>();
        lines.add(this.texts.text("context.review.heading", language, round));
        lines.add("");
        for (String party : agreement.signatoryCountries()) {
            Optional<MemorandumReview> review = reviewOf(reviews, round, party);
            lines.add(review.isEmpty()
                    ? this.texts.text("context.review.pending", language, this.texts.party(party, language))
                    : this.texts.text("context.review.line", language, this.texts.party(party, language),
                            this.texts.label("decision", review.get().decision(), language),
                            this.texts.person(review.get().reviewedBy()),
                            this.texts.date(review.get().reviewedAt(), language), comments(review.get(), language)));
        }
        return String.join("\n", lines);
    }

    private String approvals(int round, List<MemorandumReview> reviews, String language) {
        String approvedBy = reviews.stream()
            .filter(review -> review.round() == round && review.decision() == ReviewDecision.APPROVED)
            .map(review -> this.texts.text("context.approval", language, this.texts.party(review.party(), language),
                    this.texts.person(review.reviewedBy()), this.texts.date(review.reviewedAt(), language)))
            .collect(Collectors.joining("; "));
        return this.texts.text("context.approvals", language, round, approvedBy);
    }

    private String answer(MemorandumReview review, String language) {
        return this.texts.label("decision", review.decision(), language) + comments(review, language);
    }

    private String comments(MemorandumReview review, String language) {
        return review.comments() == null || review.comments().isBlank() ? ""
                : this.texts.text("context.review.comments", language, review.comments().replace('\n', ' '));
    }

    private static Optional<MemorandumReview> reviewOf(List<MemorandumReview> reviews, int round, String party) {
        return reviews.stream().filter(review -> review.round() == round && review.party().equals(party)).findFirst();
    }

}
