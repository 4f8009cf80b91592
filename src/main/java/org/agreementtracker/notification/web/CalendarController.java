package org.agreementtracker.notification.web;

import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import net.fortuna.ical4j.model.Calendar;
import org.agreementtracker.notification.CalendarFeeds;
import org.agreementtracker.notification.NotificationSettings;
import org.agreementtracker.shared.NotFoundException;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar feeds. {@code /calendar/<token>.ics} is the only address outside {@code /api}
 * that serves data: calendar programs cannot log in, so the unguessable token in the
 * address is the credential; an unknown token answers 404 and reveals nothing.
 */
@Tag(name = "Calendar", description = "iCalendar feeds of meetings, training dates and deadlines")
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    private final Parties parties;

    private final NotificationSettings settings;

    CalendarController(CalendarFeeds feeds, Parties parties, NotificationSettings settings) {
        this.feeds = feeds;
        this.parties = parties;
        this.settings = settings;
    }

    @Operation(summary = "Your calendar's subscription address (keep it secret)")
    @GetMapping("/api/calendar")
    Map<String, String> address(HttpServletRequest request) {
        String token = this.feeds.tokenOf(request.getUserPrincipal().getName());
        return addresses(token);
    }

    @Operation(summary = "A new subscription address; the old one stops working")
    @PostMapping("/api/calendar/token")
    Map<String, String> renew(HttpServletRequest request) {
        return addresses(this.feeds.newToken(request.getUserPrincipal().getName()));
    }

    @Operation(summary = "One agreement's calendar, for a logged-in user")
    @GetMapping("/api/agreements/{id}/calendar.ics")
    ResponseEntity<String> agreement(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = Viewer.of(request, this.parties);
        if (!this.feeds.maySee(viewer, id)) {
            throw new NotFoundException("No agreement " + id + " that you may see");
        }
        return ical(this.feeds.feed(viewer, Optional.of(id)));
    }

    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<String> userFeed(@PathVariable String token) {
        Viewer viewer = this.feeds.viewerOf(token).orElseThrow(() -> new NotFoundException("No such calendar"));
        return ical(this.feeds.feed(viewer, Optional.empty()));
    }

    @GetMapping("/calendar/{token}/{agreementId}.ics")
    ResponseEntity<String> agreementFeed(@PathVariable String token, @PathVariable String agreementId) {
        Viewer viewer = this.feeds.viewerOf(token).orElseThrow(() -> new NotFoundException("No such calendar"));
        if (!this.feeds.maySee(viewer, agreementId)) {
            throw new NotFoundException("No such calendar");
        }
        return ical(this.feeds.feed(viewer, Optional.of(agreementId)));
    }

    private Map<String, String> addresses(String token) {
        return Map.of("calendar", this.settings.baseUrl() + "/calendar/" + token + ".ics", "agreementCalendar",
                this.settings.baseUrl() + "/calendar/" + token + "/{agreementId}.ics");
    }

    private static ResponseEntity<String> ical(Calendar calendar) {
        return ResponseEntity.ok().contentType(CALENDAR).body(calendar.toString());
    }

}
