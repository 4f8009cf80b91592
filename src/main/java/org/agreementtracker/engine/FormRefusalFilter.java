package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.language.FormErrorMessages;
import org.agreementtracker.language.Languages;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a form submission whose data breaks our rules with 400 and a body a person can
 * act on, from Tasklist ({@code /camunda/api/engine}) and from the REST API
 * ({@code /engine-rest}) alike: <pre>
 * {"type": "InvalidFormData", "message": "Please correct the form: Title is required; ...",
 *  "errors": [{"field": "title", "component": "Field_title", "message": "Title is required"}]}
 * </pre> Camunda's resources wrap every engine exception of a submission in their own
 * words ("Cannot submit task form &lt;id&gt;: ...") and mostly answer 500; the broken
 * rules themselves reach this filter beside the answer
 * ({@link InvalidFormDataInterceptor}), and the answer is replaced. Each message names
 * the field by its label, in the submitter's language ({@link Languages#forCaller});
 * {@code field} is the variable as sent, {@code component} the form component that shows
 * it (where Tasklist places the message).
 */
class FormRefusalFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormErrorMessages messages;

    private final Languages languages;

    FormRefusalFilter(FormErrorMessages messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        }
        finally {
            if (request
                .getAttribute(InvalidFormDataInterceptor.REFUSAL) instanceof InvalidFormDataInterceptor.Refusal refusal
                    && !response.isCommitted()) {
                answer.resetBuffer();
                answer.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                answer.setContentType("application/json");
                answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
                answer.getOutputStream().write(body(refusal, request.getHeader("Accept-Language")));
            }
            answer.copyBodyToResponse();
        }
    }

    private byte[] body(InvalidFormDataInterceptor.Refusal refusal, String acceptLanguage) throws IOException {
        String language = this.languages.forCaller(refusal.groups(), acceptLanguage);
        List<FormErrorMessages.Told> told = this.messages.tell(refusal.invalid(), language);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidFormData");
        body.put("message", this.messages.summary(told, language));
        body.put("errors", told.stream().map(error -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", error.field());
            item.put("component", error.component());
            item.put("message", error.message());
            return item;
        }).toList());
        return JSON.writeValueAsBytes(body);
    }

}
