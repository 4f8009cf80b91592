package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates our own endpoints ({@code /api/**}, {@code /actuator/**}) against the
 * engine's identity service, by HTTP Basic or by the session of a user logged into the
 * Camunda webapps (the Cockpit plugin calls {@code /api} that way).
 * <p>
 * The authenticated user becomes the engine's current authentication for the request, so
 * engine queries made while serving it are checked against that user's authorizations,
 * and the request carries the user as its principal with the user's groups as roles. A
 * session-authenticated request that changes data must carry the webapps' CSRF token in
 * {@code X-XSRF-TOKEN}; HTTP Basic requests cannot be forged by another site and need
 * none.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";

    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final IdentityService identityService;

    private final String engineName;

    ApiAuthenticationFilter(IdentityService identityService, String engineName) {
        this.identityService = identityService;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        Caller caller;
        if (authorization != null) {
            caller = fromBasicCredentials(authorization);
            if (caller == null) {
                reject(request, response, HttpStatus.UNAUTHORIZED, "Wrong user name or password");
                return;
            }
        }
        else {
            caller = fromWebappSession(request);
            if (caller != null && !SAFE_METHODS.contains(request.getMethod()) && !hasCsrfToken(request)) {
                reject(request, response, HttpStatus.FORBIDDEN,
                        "A change made with a browser session needs the " + CSRF_HEADER + " header");
                return;
            }
        }
        if (caller == null) {
            if (isPublicHealthCheck(request)) {
                chain.doFilter(request, response);
                return;
            }
            reject(request, response, HttpStatus.UNAUTHORIZED, "Authentication required: HTTP Basic or a webapp login");
            return;
        }
        this.identityService.setAuthentication(caller.userId(), caller.groupIds());
        try {
            chain.doFilter(new AuthenticatedRequest(request, caller), response);
        }
        finally {
            this.identityService.clearAuthentication();
        }
    }

    private Caller fromBasicCredentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        if (!this.identityService.checkPassword(userId, password)) {
            return null;
        }
        List<String> groups = this.identityService.createGroupQuery()
            .groupMember(userId)
            .list()
            .stream()
            .map(Group::getId)
            .toList();
        return new Caller(userId, groups);
    }

    private Caller fromWebappSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(this.engineName);
        if (authentication instanceof UserAuthentication user) {
            return new Caller(user.getName(), user.getGroupIds() == null ? List.of() : user.getGroupIds());
        }
        return null;
    }

    private static boolean hasCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CSRF_HEADER);
        return expected != null && expected.equals(given);
    }

    private static boolean isPublicHealthCheck(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String message) throws IOException {
        response.setStatus(status.value());
        // A webapp's script asks before its user has logged in; a Basic challenge would
        // make the browser hold the request for a password prompt nobody sees.
        if (status == HttpStatus.UNAUTHORIZED && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Agreement Tracker\"");
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
            .write("{\"status\":" + status.value() + ",\"error\":\"" + status.getReasonPhrase() + "\",\"message\":\""
                    + message + "\"}");
    }

    record Caller(String userId, List<String> groupIds) implements Principal {

        @Override
        public String getName() {
            return this.userId;
        }

    }

    private static final class AuthenticatedRequest extends HttpServletRequestWrapper {

        private final Caller caller;

        AuthenticatedRequest(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return this.caller;
        }

        @Override
        public String getRemoteUser() {
            return this.caller.userId();
        }

        @Override
        public boolean isUserInRole(String role) {
            return this.caller.groupIds().contains(role);
        }

    }

}
