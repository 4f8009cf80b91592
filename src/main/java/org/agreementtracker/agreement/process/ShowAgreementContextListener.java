package org.agreementtracker.agreement.process;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.TasklistTitle;
import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.FormContext;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On every negotiation task: the agreement's context (title, parties, deadline, latest
 * draft), which the forms show read-only. The agreement stays in our tables: the context
 * is computed when a form is opened ({@link FormContext}); only the title becomes a
 * variable, once per instance, for Tasklist's lists ({@link TasklistTitle}).
 * <p>
 * Reads {@code agreementId} and, on review tasks, {@code reviewingParty}. Shows
 * {@code agreementTitle}, {@code agreementSummary} (with the final text's deadline) and
 * {@code reviewingPartyName}.
 */
@Component
class ShowAgreementContextListener implements TaskListener, FormContext {

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
        TasklistTitle.showFor(task, () -> this.agreements
            .listedTitle((String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID)));
    }

    @Override
    public Map<String, String> formContext(DelegateTask task) {
        String id = (String) task.getVariable(AgreementLifecycle.Variables.AGREEMENT_ID);
        Agreement agreement = this.agreements.get(id);
        Map<String, String> context = new LinkedHashMap<>();
        // In the language of the form the task shows: its candidate group's party's.
        String language = this.languages
            .ofGroups(task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
        Locale locale = Locale.forLanguageTag(language);
        context.put(TasklistTitle.VARIABLE, agreement.listedTitle());
        String summary = text("context.summary", locale,
                label("instrument." + agreement.instrumentType().name(), agreement.instrumentType().label(), locale),
                Languages.date(agreement.dateSigned(), language), partyName(agreement.leadParty()),
                agreement.parties().stream().map(party -> describe(party, locale)).collect(Collectors.joining("; ")));
        String stated = agreement.finalTextDue().stated() == null ? ""
                : text("context.stated", locale, agreement.finalTextDue().stated());
        String finalTextDue = text("context.finalTextDue", locale,
                Languages.date(agreement.finalTextDue().date(), language), stated, agreement.reviewRound(),
                agreement.maxReviewRounds());
        // Camunda Forms render the Markdown inside it.
        context.put("agreementSummary", summary + "\n\n" + text("context.finalTextDueLine", locale, finalTextDue));
        Object reviewingParty = task.getVariable(AgreementLifecycle.Variables.REVIEWING_PARTY);
        if (reviewingParty != null) {
            context.put("reviewingPartyName", partyName(reviewingParty.toString()));
        }
        return context;
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
