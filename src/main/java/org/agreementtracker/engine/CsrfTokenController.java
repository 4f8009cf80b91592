package org.agreementtracker.engine;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.agreementtracker.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Our own pages (the agreement page) change data with the webapps' login; a change made
 * with that session must carry its CSRF token (see {@link ApiAuthenticationFilter}),
 * whose cookie the webapps scope to their own path. A page of the same origin reads it
 * here; another site cannot, since the browser keeps the answer from it.
 */
@Tag(name = "Session", description = "The webapp session's CSRF token, for our pages")
@RestController
class CsrfTokenController {

    @Operation(summary = "The CSRF token of your webapp session, to send as X-XSRF-TOKEN",
            description = "404 for a caller without a webapp session (HTTP Basic needs no token).")
    @GetMapping("/api/session/csrf-token")
    Map<String, String> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(ApiAuthenticationFilter.CSRF_SESSION_ATTRIBUTE);
        if (token == null) {
            throw new NotFoundException("No webapp session with a CSRF token");
        }
        return Map.of("token", token.toString());
    }

}
