package org.agreementtracker.agreement.process;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On every negotiation task: puts the agreement's context (title, parties, deadline,
 * latest draft) into task-local variables, which the forms show read-only. The agreement
 * stays in our tables; these copies end with the task.
 * <p>
 * Reads {@code agreementId} and, on review tasks, {@code reviewingParty}. Writes the
 * task-local {@code agreementTitle}, {@code agreementSummary} (with the final text's
 * deadline) and {@code reviewingPartyName}.
 */
@Component
class ShowAgreementContextListener implements TaskListener {

    private final AgreementService agreements;

    private final Parties parties;

    private final Languages languages;

    private final MessageSource messages;

    ShowAgreementContextListener(AgreementService agreements, Parties parties, Languages languages,
            MessageSource messages) {
        this.agreements = agreements;
        this.parties = parties;
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        Agreement agreement = this.agreements.get(id);
        // In the language of the form the task shows: its candidate group's party's.
        String language = this.languages
            .ofGroups(task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
        Locale locale = Locale.forLanguageTag(language);
        task.setVariableLocal("agreementTitle", agreement.title() + " (" + agreement.id() + ")");
        String summary = text("context.summary", locale,
                label("instrument." + agreement.instrumentType().name(), agreement.instrumentType().label(), locale),
                Languages.date(agreement.dateSigned(), language), partyName(agreement.leadParty()),
                agreement.parties().stream().map(party -> describe(party, locale)).collect(Collectors.joining("; ")));
        String stated = agreement.finalTextDue().stated() == null ? ""
                : text("context.stated", locale, agreement.finalTextDue().stated());
        String finalTextDue = text("context.finalTextDue", locale,
                Languages.date(agreement.finalTextDue().date(), language), stated, agreement.reviewRound(),
                agreement.maxReviewRounds());
        // One variable, not two: each costs a row and its history on every task (Camunda
        // Forms render the Markdown inside it).
        task.setVariableLocal("agreementSummary",
                summary + "\n\n" + text("context.finalTextDueLine", locale, finalTextDue));
        Object reviewingParty = task.getVariable(AgreementLifecycle.Variables.REVIEWING_PARTY);
        if (reviewingParty != null) {
            task.setVariableLocal("reviewingPartyName", partyName(reviewingParty.toString()));
        }
    }

    private String describe(AgreementParty party, Locale locale) {
        return text("context.party", locale, party.name(),
                party.country() == null ? text("context.international", locale) : party.country().toUpperCase(),
                label("role." + party.role().name(), party.role().name().toLowerCase(), locale));
    }

    private String text(String code, Locale locale, Object... arguments) {
        return this.messages.getMessage(code, arguments, locale);
    }

    /** A text the English default leaves to the code (enum labels). */
    private String label(String code, String english, Locale locale) {
        return this.messages.getMessage(code, null, english, locale);
    }

    private String partyName(String code) {
        return this.parties.find(code).map(Parties.Party::name).orElse(code);
    }

}
