package org.agreementtracker.engine;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.task.delegate.TaskListenerInvocation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Says which form invalid data came from, so that its rules name the fields by that
 * form's labels: the form of the user task whose listener refused it, or, for a service
 * task that reads the values of a form before it (Register agreement after the joint
 * statement's start form), the nearest form upstream.
 */
class RefusedFormDelegateInterceptor implements DelegateInterceptor {

    /** How far upstream a service task may read a form's values. */
    private static final int STEPS_UPSTREAM = 3;

    private final DelegateInterceptor next;

    RefusedFormDelegateInterceptor(DelegateInterceptor next) {
        this.next = next;
    }

    @Override
    public void handleInvocation(DelegateInvocation invocation) throws Exception {
        try {
            this.next.handleInvocation(invocation);
        }
        catch (InvalidFormDataException ex) {
            if (ex.formId() != null) {
                throw ex;
            }
            String form = invocation instanceof TaskListenerInvocation listener ? formOf(taskOf(listener))
                    : formOf(invocation.getContextExecution());
            throw form == null ? ex : ex.onForm(form);
        }
    }

    /**
     * The task a task listener is invoked for. The invocation keeps it in a protected
     * field only (and gives no execution for a listener bound by expression), so it is
     * read reflectively; a Camunda version without the field leaves the form unknown, and
     * the rules name the fields by any form's labels.
     */
    private static DelegateTask taskOf(TaskListenerInvocation invocation) {
        try {
            Field task = TaskListenerInvocation.class.getDeclaredField("delegateTask");
            task.setAccessible(true);
            return (DelegateTask) task.get(invocation);
        }
        catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }

    private static String formOf(DelegateTask task) {
        return task == null ? null : formOf(task.getExecution());
    }

    private static String formOf(BaseDelegateExecution execution) {
        if (!(execution instanceof DelegateExecution delegate)) {
            return null;
        }
        FlowElement element = delegate.getBpmnModelElementInstance();
        if (!(element instanceof FlowNode start)) {
            return null;
        }
        Deque<FlowNode> nodes = new ArrayDeque<>();
        Set<FlowNode> seen = new HashSet<>();
        nodes.add(start);
        for (int step = 0; step <= STEPS_UPSTREAM && !nodes.isEmpty(); step++) {
            Deque<FlowNode> upstream = new ArrayDeque<>();
            for (FlowNode node : nodes) {
                String form = formRef(node);
                if (form != null) {
                    return form;
                }
                for (SequenceFlow incoming : node.getIncoming()) {
                    if (seen.add(incoming.getSource())) {
                        upstream.add(incoming.getSource());
                    }
                }
            }
            nodes = upstream;
        }
        return null;
    }

    private static String formRef(FlowNode node) {
        if (node instanceof UserTask task) {
            return task.getCamundaFormRef();
        }
        if (node instanceof StartEvent event) {
            return event.getCamundaFormRef();
        }
        return null;
    }

}
