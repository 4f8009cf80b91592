package org.agreementtracker.engine;

import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws in a plain
 * {@link ProcessEngineException}, which both REST APIs answer with 500. Invalid form data
 * is the caller's mistake, so this interceptor, outside the transaction, hands the
 * original {@link InvalidFormDataException} (a {@code BadUserRequestException}, answered
 * with 400) back to the caller.
 */
class InvalidFormDataInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return this.next.execute(command);
        }
        catch (ProcessEngineException ex) {
            for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidFormDataException invalid) {
                    throw invalid;
                }
            }
            throw ex;
        }
    }

}
