package org.agreementtracker.engine;

import java.util.List;
import java.util.function.Supplier;

import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The engine wraps whatever a task listener throws in a plain
 * {@link ProcessEngineException}, which both REST APIs answer with 500 and the engine's
 * words. Invalid form data is the caller's mistake, so this interceptor, outside the
 * transaction, hands the original {@link InvalidFormDataException} (a
 * {@code BadUserRequestException}) back to the caller and, in a web request, leaves it
 * with the caller's groups for {@link FormRefusalFilter}, which answers 400 with every
 * broken rule in the caller's words.
 */
class InvalidFormDataInterceptor extends CommandInterceptor {

    /** The request attribute holding the {@link Refusal} of a request's form. */
    static final String REFUSAL = InvalidFormDataInterceptor.class.getName() + ".refusal";

    private final Supplier<Authentication> caller;

    InvalidFormDataInterceptor(Supplier<Authentication> caller) {
        this.caller = caller;
    }

    /** Invalid form data, and the groups of whoever sent it (her language). */
    record Refusal(InvalidFormDataException invalid, List<String> groups) {
    }

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return this.next.execute(command);
        }
        catch (ProcessEngineException ex) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidFormDataException invalid) {
                    keepForTheAnswer(invalid);
                    throw invalid;
                }
            }
            throw ex;
        }
    }

    private void keepForTheAnswer(InvalidFormDataException invalid) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Authentication authentication = this.caller.get();
            List<String> groups = authentication == null || authentication.getGroupIds() == null ? List.of()
                    : List.copyOf(authentication.getGroupIds());
            request.setAttribute(REFUSAL, new Refusal(invalid, groups), RequestAttributes.SCOPE_REQUEST);
        }
    }

}
