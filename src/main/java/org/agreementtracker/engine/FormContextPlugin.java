package org.agreementtracker.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.agreementtracker.shared.FormContext;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import org.springframework.stereotype.Component;

/**
 * A task's read-only form context comes from its create listener, when the form is
 * opened: if a user task's create listener ({@code camunda:taskListener
 * delegateExpression}) resolves to a {@link FormContext}, what it returns joins the
 * task's form variables ({@code GET /task/{id}/form-variables}, which Tasklist reads to
 * fill a Camunda Form) as form fields, ahead of any variable of the same name.
 * <p>
 * The listeners used to write that context into task-local variables when the task was
 * created: two to four per task, each a row, a history row and a history detail, deleted
 * again when the task ended, about a fifth of the variables of an agreement's path (see
 * docs/benchmarks.md); only the title stays a task variable ({@code TasklistTitle}). The
 * context is computed only for a form's variables, not for the form's key ({@code GET
 * /task/{id}/form}).
 */
@Component
class FormContextPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>(
                Objects.requireNonNullElse(configuration.getCustomPostBPMNParseListeners(), List.of()));
        listeners.add(new AbstractBpmnParseListener() {

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    TaskDefinition task = userTask.getTaskDefinition();
                    if (!(task.getTaskFormHandler() instanceof WithContext) && !creationListeners(task).isEmpty()) {
                        task.setTaskFormHandler(new WithContext(task.getTaskFormHandler()));
                    }
                }
            }

        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static List<TaskListener> creationListeners(TaskDefinition task) {
        return task.getTaskListeners().getOrDefault(TaskListener.EVENTNAME_CREATE, List.of());
    }

    /**
     * The model's form handler, plus the create listeners' context on reading the form.
     */
    record WithContext(TaskFormHandler model) implements TaskFormHandler {

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            TaskFormData form = this.model.createTaskForm(task);
            CommandInvocationContext invocation = Context.getCommandInvocationContext();
            if (!(form instanceof FormDataImpl data) || invocation == null
                    || !(invocation.getCommand() instanceof GetTaskFormVariablesCmd)) {
                return form;
            }
            Map<String, String> context = contextOf(task);
            if (context.isEmpty()) {
                return form;
            }
            List<FormField> fields = new ArrayList<>(data.getFormFields());
            context.forEach((key, text) -> {
                FormFieldImpl field = new FormFieldImpl();
                field.setId(key);
                field.setValue(Variables.stringValue(text));
                fields.add(field);
            });
            data.setFormFields(fields);
            return form;
        }

        private static Map<String, String> contextOf(TaskEntity task) {
            Map<String, String> context = new LinkedHashMap<>();
            for (TaskListener listener : creationListeners(task.getTaskDefinition())) {
                if (listener instanceof DelegateExpressionTaskListener delegate) {
                    Object bean = Context.getProcessEngineConfiguration()
                        .getExpressionManager()
                        .createExpression(delegate.getExpressionText())
                        .getValue(task);
                    if (bean instanceof FormContext provider) {
                        context.putAll(provider.formContext(task));
                    }
                }
            }
            return context;
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            this.model.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            this.model.submitFormVariables(properties, variableScope);
        }

    }

}
