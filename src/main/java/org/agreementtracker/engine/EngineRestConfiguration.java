package org.agreementtracker.engine;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API as the starter configures it, with one mapper replaced. Several
 * resources (start a process, submit or complete a task) wrap every engine exception in a
 * 500 answer, even when the caller is at fault: the replacement answers a concurrent
 * change with 409, an unknown id with 404 and a rejected request (invalid form data) with
 * 400.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    CamundaJerseyResourceConfig camundaJerseyResourceConfig() {
        return new CamundaJerseyResourceConfig() {

            @Override
            protected void registerCamundaRestResources() {
                registerClasses(CamundaRestResources.getResourceClasses());
                CamundaRestResources.getConfigurationClasses()
                    .stream()
                    .filter(type -> type != RestExceptionHandler.class)
                    .forEach(this::register);
                register(CallerAwareRestExceptionHandler.class);
            }

        };
    }

    static class CallerAwareRestExceptionHandler extends RestExceptionHandler {

        @Override
        public Response toResponse(RestException exception) {
            if (exception.getStatus() != null && exception.getStatus() != Status.INTERNAL_SERVER_ERROR) {
                return super.toResponse(exception);
            }
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingException) {
                    return answer(Status.CONFLICT, "ConcurrentChange",
                            "Someone else changed this at the same time (for example, completed the task): "
                                    + "reload and try again");
                }
                if (cause instanceof NullValueException && cause.getMessage().startsWith("Cannot find")) {
                    return answer(Status.NOT_FOUND, "NotFound", exception.getMessage());
                }
                if (cause instanceof BadUserRequestException || cause instanceof NullValueException) {
                    return answer(Status.BAD_REQUEST, cause.getClass().getSimpleName(), exception.getMessage());
                }
            }
            return super.toResponse(exception);
        }

        private static Response answer(Status status, String type, String message) {
            ExceptionDto body = new ExceptionDto();
            body.setType(type);
            body.setMessage(message);
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }

    }

}
