package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than a limit before anything reads them: Tomcat limits
 * form posts only, and a JSON body of any size would otherwise be read into memory.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** Evidence uploads: {@code /api/agreements/<id>/evidence}. */
    private static final java.util.regex.Pattern EVIDENCE = java.util.regex.Pattern
        .compile("^/api/agreements/[^/]+/evidence/?$");

    private final long maxBytes;

    private final long evidenceMaxBytes;

    /**
     * @param maxBytes the limit of every body
     * @param evidenceMaxBytes the limit of an evidence upload, which is larger
     */
    RequestSizeLimitFilter(long maxBytes, long evidenceMaxBytes) {
        this.maxBytes = maxBytes;
        this.evidenceMaxBytes = evidenceMaxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        long limit = EVIDENCE.matcher(request.getRequestURI()).matches() ? this.evidenceMaxBytes : this.maxBytes;
        if (length > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                .write("{\"status\":413,\"error\":\"Payload Too Large\",\"message\":\"The request body is " + length
                        + " bytes; at most " + limit + " are accepted\"}");
            return;
        }
        chain.doFilter(request, response);
    }

}
