package org.agreementtracker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.stereotype.Component;

/**
 * Form values that only the task's own complete listener reads: a user task with the
 * extension property {@code formValues = transient} keeps what its form submits as
 * transient variables of the task. A process's start event with the property does the
 * same for its start form: the values live while the instance runs to its first wait
 * state, so the service task right after the start event reads them. Fields named in the
 * property {@code keptFormValues} (comma-separated) stay ordinary variables: the routing
 * facts a later step reads by the same name (a transient variable cannot turn into a
 * persistent one). The listener reads them and writes our tables; the engine stores none
 * of them, neither as variables nor in its history, and no value lingers to fill the next
 * task's form. Business data belongs in our tables; Camunda Forms submit every field as a
 * variable, which cost about half of the statements of a completed task (see
 * docs/benchmarks.md).
 * <p>
 * A task whose values a later step reads (a service task after it) must not have the
 * property: transient variables end with the task.
 */
@Component
class TransientFormValuesPlugin extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "formValues";

    static final String TRANSIENT = "transient";

    static final String KEPT = "keptFormValues";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>(
                Objects.requireNonNullElse(configuration.getCustomPostBPMNParseListeners(), List.of()));
        listeners.add(new AbstractBpmnParseListener() {

            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
                        && TRANSIENT.equals(property(userTaskElement, PROPERTY))) {
                    TaskDefinition task = userTask.getTaskDefinition();
                    if (!(task.getTaskFormHandler() instanceof TransientValues)) {
                        task.setTaskFormHandler(new TransientValues(task.getTaskFormHandler(), kept(userTaskElement)));
                    }
                }
            }

            @Override
            public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
                // The engine has parsed the start form handler before it calls us.
                if (scope instanceof ProcessDefinitionEntity process && process.getStartFormHandler() != null
                        && !(process.getStartFormHandler() instanceof TransientStartValues)
                        && TRANSIENT.equals(property(startEventElement, PROPERTY))) {
                    process.setStartFormHandler(
                            new TransientStartValues(process.getStartFormHandler(), kept(startEventElement)));
                }
            }

        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private static Set<String> kept(Element element) {
        String names = property(element, KEPT);
        return names == null ? Set.of()
                : Arrays.stream(names.split(","))
                    .map(String::strip)
                    .filter(name -> !name.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
    }

    private static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (name.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }

    /** The model's form handler, but submitted values stay transient on the task. */
    record TransientValues(TaskFormHandler model, Set<String> kept) implements TaskFormHandler {

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return this.model.createTaskForm(task);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            this.model.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            submitTransient(properties, variableScope, this.kept);
        }

    }

    /** The model's start form handler, but submitted values stay transient. */
    record TransientStartValues(StartFormHandler model, Set<String> kept) implements StartFormHandler {

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            return this.model.createStartFormData(processDefinition);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            this.model.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }

        @Override
        public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
            submitTransient(properties, variableScope, this.kept);
        }

    }

    private static void submitTransient(VariableMap properties, VariableScope variableScope, Set<String> kept) {
        for (String name : properties.keySet()) {
            TypedValue value = properties.getValueTyped(name);
            variableScope.setVariableLocal(name, kept.contains(name) ? value : transientCopy(value));
        }
    }

    private static TypedValue transientCopy(TypedValue value) {
        if (value == null || value.getValue() == null && !(value instanceof SerializableValue)) {
            return Variables.untypedNullValue(true);
        }
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            // a REST client's JSON or XML, as text: our form readers parse it
            return Variables.stringValue(serializable.getValueSerialized(), true);
        }
        return Variables.untypedValue(value.getValue(), true);
    }

}
