package org.agreementtracker.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows every Camunda Form in the language of whoever the form is for, while the models
 * keep referring to the English form by a plain {@code camunda:formRef} that Modeler
 * understands. A task's form follows the party whose coordinators group the task is for;
 * a start form follows the groups of the person starting. A task's name follows the same
 * party. The translated forms are deployed beside the English ones (see
 * {@link FormTranslations}).
 */
@Component
class LocalizedFormsPlugin extends AbstractProcessEnginePlugin {

    private final Languages languages;

    private final MessageSource messages;

    LocalizedFormsPlugin(Languages languages, MessageSource messages) {
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>(
                Objects.requireNonNullElse(configuration.getCustomPostBPMNParseListeners(), List.of()));
        listeners.add(new AbstractBpmnParseListener() {

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    localize(userTask.getTaskDefinition().getFormDefinition(), false);
                    localize(userTask.getTaskDefinition());
                }
            }

            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                localize(processDefinition.getStartFormDefinition(), true);
            }

        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void localize(TaskDefinition task) {
        if (task.getNameExpression() != null && !(task.getNameExpression() instanceof LocalizedTaskName)) {
            task.setNameExpression(
                    new LocalizedTaskName(task.getNameExpression(), task, this.languages, this.messages));
        }
    }

    private void localize(FormDefinition form, boolean startForm) {
        if (form != null && form.getCamundaFormDefinitionKey() != null
                && !(form.getCamundaFormDefinitionKey() instanceof LocalizedFormKey)) {
            form.setCamundaFormDefinitionKey(
                    new LocalizedFormKey(form.getCamundaFormDefinitionKey(), this.languages, startForm));
        }
    }

    /** An English expression of the model, read in another language; never written. */
    interface Translated extends Expression {

        Expression english();

        @Override
        default void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException(getExpressionText() + " is read, never written");
        }

        @Override
        default String getExpressionText() {
            return english().getExpressionText();
        }

        @Override
        default boolean isLiteralText() {
            return false;
        }

    }

    /**
     * The task's name in the language of the party whose group it is for, so that a
     * Spanish Tasklist lists Spanish task names. The engine names a task before it adds
     * the candidates, so the candidate groups are worked out here from the model.
     */
    record LocalizedTaskName(Expression english, TaskDefinition task, Languages languages,
            MessageSource messages) implements Translated {

        @Override
        public Object getValue(VariableScope scope) {
            Object name = this.english.getValue(scope);
            String language = this.languages.ofGroups(groups(scope));
            if (name == null || language.equals(Languages.ENGLISH)) {
                return name;
            }
            return this.messages.getMessage("task." + this.task.getKey(), null, name.toString(),
                    Locale.forLanguageTag(language));
        }

        private Collection<String> groups(VariableScope scope) {
            List<String> groups = new ArrayList<>();
            for (Expression expression : this.task.getCandidateGroupIdExpressions()) {
                Object value = expression.getValue(scope);
                if (value instanceof Collection<?> several) {
                    several.forEach(group -> groups.add(String.valueOf(group)));
                }
                else if (value != null) {
                    for (String group : value.toString().split(",")) {
                        groups.add(group.trim());
                    }
                }
            }
            return groups;
        }

    }

    /**
     * The English form's key, with the language of the form's audience appended. The
     * engine reads a start form's key as the expression's text, never its value
     * ({@code DefaultStartFormHandler}), so a start form's text is the key in the
     * language of the person asking for it.
     */
    record LocalizedFormKey(Expression english, Languages languages, boolean startForm) implements Translated {

        @Override
        public Object getValue(VariableScope scope) {
            Object key = this.english.getValue(scope);
            if (key == null) {
                return null;
            }
            return FormTranslations.formId(key.toString(), this.languages.ofGroups(audience(scope)));
        }

        @Override
        public String getExpressionText() {
            String key = this.english.getExpressionText();
            if (!this.startForm || key == null || !this.english.isLiteralText()) {
                return key;
            }
            return FormTranslations.formId(key, this.languages.ofGroups(audience(null)));
        }

        private static Collection<String> audience(VariableScope scope) {
            if (scope instanceof TaskEntity task) {
                return task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
            }
            if (Context.getCommandContext() != null && Context.getCommandContext().getAuthenticatedGroupIds() != null) {
                return Context.getCommandContext().getAuthenticatedGroupIds();
            }
            return List.of();
        }

    }

}
