package org.agreementtracker.engine;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.Parties;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Offers every registered party in a form's party selects. The {@code .form} files list
 * the parties of their day, and parties are registered at run time; a deployed form is
 * never changed, so its answer is: each select whose options are all parties ("Country",
 * "Owner party", "Partner country") gets the registry's list, named in the form's
 * language (a form whose options are named in Spanish is a Spanish form). Nothing else
 * changes.
 */
class PartyOptionsFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Parties parties;

    private final Texts texts;

    PartyOptionsFilter(Parties parties, Texts texts) {
        this.parties = parties;
        this.texts = texts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !HttpMethod.GET.matches(request.getMethod())
                || !(uri.endsWith("/deployed-form") || uri.endsWith("/deployed-start-form"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        byte[] body = answer.getContentAsByteArray();
        if (answer.getStatus() == HttpServletResponse.SC_OK && body.length > 0 && body[0] == '{') {
            try {
                JsonNode form = JSON.readTree(body);
                if (offerEveryParty(form.path("components"))) {
                    answer.resetBuffer();
                    answer.getOutputStream().write(JSON.writeValueAsBytes(form));
                }
            }
            catch (IOException ex) {
                // not a form we know how to read: it goes out as it came
            }
        }
        answer.copyBodyToResponse();
    }

    /**
     * @return whether a select changed
     */
    private boolean offerEveryParty(JsonNode components) {
        boolean changed = false;
        for (JsonNode component : components) {
            if (component.has("components")) {
                changed |= offerEveryParty(component.path("components"));
            }
            JsonNode values = component.path("values");
            if (!"select".equals(component.path("type").asText()) || !values.isArray() || values.size() < 2) {
                continue;
            }
            Set<String> offered = new HashSet<>();
            values.forEach(option -> offered.add(option.path("value").asText()));
            List<String> codes = this.parties.codes();
            if (!codes.containsAll(offered) || offered.containsAll(codes)) {
                continue;
            }
            String language = spanish(values) ? "es" : "en";
            ArrayNode everyParty = JSON.createArrayNode();
            for (String code : codes) {
                everyParty.addObject().put("label", this.texts.party(code, language)).put("value", code);
            }
            ((ObjectNode) component).set("values", everyParty);
            changed = true;
        }
        return changed;
    }

    private boolean spanish(JsonNode values) {
        for (JsonNode option : values) {
            String code = option.path("value").asText();
            String label = option.path("label").asText();
            if (!label.equals(this.texts.party(code, "en")) && label.equals(this.texts.party(code, "es"))) {
                return true;
            }
        }
        return false;
    }

}
