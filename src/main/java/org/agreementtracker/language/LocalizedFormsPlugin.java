package org.agreementtracker.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
import org.camunda.bpm.engine.task.IdentityLink;

import org.springframework.stereotype.Component;

/**
 * Shows every Camunda Form in the language of whoever the form is for, while the models
 * keep referring to the English form by a plain {@code camunda:formRef} that Modeler
 * understands. A task's form follows the party whose coordinators group the task is for;
 * a start form follows the groups of the person starting. The translated forms are
 * deployed beside the English ones (see {@link FormTranslations}).
 */
@Component
class LocalizedFormsPlugin extends AbstractProcessEnginePlugin {

    private final Languages languages;

    LocalizedFormsPlugin(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>(
                Objects.requireNonNullElse(configuration.getCustomPostBPMNParseListeners(), List.of()));
        listeners.add(new AbstractBpmnParseListener() {

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    localize(userTask.getTaskDefinition().getFormDefinition());
                }
            }

            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                localize(processDefinition.getStartFormDefinition());
            }

        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void localize(FormDefinition form) {
        if (form != null && form.getCamundaFormDefinitionKey() != null
                && !(form.getCamundaFormDefinitionKey() instanceof LocalizedFormKey)) {
            form.setCamundaFormDefinitionKey(new LocalizedFormKey(form.getCamundaFormDefinitionKey(), this.languages));
        }
    }

    /** The English form's key, with the language of the form's audience appended. */
    record LocalizedFormKey(Expression english, Languages languages) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Object key = this.english.getValue(scope);
            if (key == null) {
                return null;
            }
            return FormTranslations.formId(key.toString(), this.languages.ofGroups(audience(scope)));
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

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("A form reference is read, never written");
        }

        @Override
        public String getExpressionText() {
            return this.english.getExpressionText();
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }

    }

}
