package org.agreementtracker.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.agreementtracker.language.Languages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * A page refused to a logged-in user (a coordinator opening Cockpit or Admin) says, in
 * her language, that this application is not hers and where her work is, instead of
 * Spring's Whitelabel page. Her language is her party's, else her browser's.
 */
@Component
class RefusedPageResolver implements ErrorViewResolver {

    private final MessageSource messages;

    private final Languages languages;

    private final String engineName;

    RefusedPageResolver(MessageSource messages, Languages languages, ProcessEngine engine) {
        this.messages = messages;
        this.languages = languages;
        this.engineName = engine.getName();
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.FORBIDDEN && status != HttpStatus.NOT_FOUND) {
            return null;
        }
        String language = this.languages.forCaller(groups(request), request.getHeader("Accept-Language"));
        Locale locale = Locale.forLanguageTag(language);
        String kind = status == HttpStatus.FORBIDDEN ? "forbidden" : "notFound";
        View page = new View() {
            @Override
            public String getContentType() {
                return "text/html;charset=UTF-8";
            }

            @Override
            public void render(Map<String, ?> ignored, HttpServletRequest servletRequest, HttpServletResponse response)
                    throws java.io.IOException {
                response.setContentType(getContentType());
                response.getOutputStream().write(html(kind, language, locale).getBytes(StandardCharsets.UTF_8));
            }
        };
        ModelAndView view = new ModelAndView(page);
        view.setStatus(status);
        return view;
    }

    private String html(String kind, String language, Locale locale) {
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Agreement Tracker</title>
                <style>
                  body { font-family: "IBM Plex Sans", "Helvetica Neue", Arial, sans-serif; margin: 0; color: #333; background: #f7f7f7; }
                  header { background: #fff; border-top: 3px solid #b5152b; box-shadow: 0 1px 3px rgba(0,0,0,.15); padding: 12px 20px; font-size: 18px; }
                  main { max-width: 640px; margin: 60px auto; background: #fff; padding: 30px 36px; border-radius: 3px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
                  h1 { font-size: 24px; font-weight: normal; margin-top: 0; }
                  a.button { display: inline-block; background: #b5152b; color: #fff; padding: 8px 16px; border-radius: 3px; text-decoration: none; margin-right: 12px; }
                  a.link { color: #155cb5; }
                </style></head>
                <body class="agreement-tracker-refused"><header>Agreement Tracker</header>
                <main><h1>%s</h1><p>%s</p>
                <p><a class="button" href="/camunda/app/tasklist/default/">%s</a>
                <a class="link" href="/agreement-tracker/portfolio.html">%s</a></p></main></body></html>
                """
            .formatted(language, text("refused." + kind + ".title", locale), text("refused." + kind + ".title", locale),
                    text("refused." + kind + ".body", locale), text("refused.tasklist", locale),
                    text("refused.portfolio", locale));
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale));
    }

    /** The groups of the webapp's logged-in user, if any. */
    private List<String> groups(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        var authentication = AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(this.engineName);
        if (authentication instanceof UserAuthentication user && user.getGroupIds() != null) {
            return List.copyOf(user.getGroupIds());
        }
        return List.of();
    }

}
