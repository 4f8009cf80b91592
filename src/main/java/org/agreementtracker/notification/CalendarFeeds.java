package org.agreementtracker.notification;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.agreementtracker.agreement.Agreement;
import org.agreementtracker.agreement.AgreementParty;
import org.agreementtracker.agreement.AgreementService;
import org.agreementtracker.agreement.ImplementationService;
import org.agreementtracker.language.Languages;
import org.agreementtracker.meeting.ActionItem;
import org.agreementtracker.meeting.Meeting;
import org.agreementtracker.meeting.MeetingService;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Viewer;
import org.agreementtracker.training.Deliverable;
import org.agreementtracker.training.DeliverableService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar feeds (built with ical4j) of follow-up meetings, training dates and
 * deadlines: one per user, reached by a secret token in its address so a calendar program
 * can subscribe, and one per agreement. A feed holds only what its user may see.
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    private final AgreementService agreements;

    private final ImplementationService implementation;

    private final MeetingService meetings;

    private final DeliverableService deliverables;

    private final IdentityService identityService;

    private final Parties parties;

    private final NotificationSettings settings;

    private final Languages languages;

    private final MessageSource messages;

    CalendarFeeds(JdbcClient jdbc, AgreementService agreements, ImplementationService implementation,
            MeetingService meetings, DeliverableService deliverables, IdentityService identityService, Parties parties,
            NotificationSettings settings, Languages languages, MessageSource messages) {
        this.languages = languages;
        this.messages = messages;
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.implementation = implementation;
        this.meetings = meetings;
        this.deliverables = deliverables;
        this.identityService = identityService;
        this.parties = parties;
        this.settings = settings;
    }

    /** The user's token, created on first use. */
    public String tokenOf(String userId) {
        return this.jdbc.sql("select token from tracker.calendar_token where user_id = ?")
            .param(userId)
            .query(String.class)
            .optional()
            .orElseGet(() -> newToken(userId));
    }

    /** A new token; the old address stops working. */
    public String newToken(String userId) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.jdbc.sql("""
                insert into tracker.calendar_token (user_id, token, created_at) values (?, ?, ?)
                on conflict (user_id) do update set token = excluded.token, created_at = excluded.created_at""")
            .params(userId, token, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC))
            .update();
        return token;
    }

    /** Who a token belongs to, as a viewer with the user's groups. */
    @Transactional(readOnly = true)
    public Optional<Viewer> viewerOf(String token) {
        return this.jdbc.sql("select user_id from tracker.calendar_token where token = ?")
            .param(token)
            .query(String.class)
            .optional()
            .map(userId -> Viewer.of(userId,
                    this.identityService.createGroupQuery()
                        .groupMember(userId)
                        .list()
                        .stream()
                        .map(Group::getId)
                        .toList(),
                    this.parties));
    }

    /** Whether the agreement exists and the viewer may see it. */
    @Transactional(readOnly = true)
    public boolean maySee(Viewer viewer, String agreementId) {
        return this.agreements.find(agreementId)
            .map(agreement -> viewer.maySee(agreement.parties().stream().map(AgreementParty::country).toList()))
            .orElse(false);
    }

    @Transactional(readOnly = true)
    public Calendar feed(Viewer viewer, Optional<String> agreementId) {
        Predicate<Agreement> visible = agreement -> viewer
            .maySee(agreement.parties().stream().map(AgreementParty::country).toList());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Agreement Tracker//Agreements//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        List<Agreement> selected = agreementId.isPresent()
                ? this.agreements.find(agreementId.get()).filter(visible).stream().toList()
                : this.agreements.all()
                    .stream()
                    .filter(visible)
                    .filter(agreement -> !agreement.status().isEnded())
                    .toList();
        // In the viewer's language: a party's coordinators their party's, everyone else
        // English.
        Locale language = Locale.forLanguageTag(viewer.seesEverything() || viewer.parties().isEmpty()
                ? Languages.ENGLISH : this.languages.ofParty(viewer.parties().iterator().next()));
        for (Agreement agreement : selected) {
            addEvents(calendar, agreement, language);
        }
        return calendar;
    }

    private String text(String code, Locale language, Object... arguments) {
        return this.messages.getMessage(code, arguments, language);
    }

    private void addEvents(Calendar calendar, Agreement agreement, Locale language) {
        String link = this.settings.baseUrl() + "/api/agreements/" + agreement.id();
        if (this.agreements.signature(agreement.id()).isEmpty()) {
            day(calendar, "final-text-" + agreement.id(), agreement.finalTextDue().date(),
                    text("calendar.finalTextDue", language, agreement.title()),
                    agreement.finalTextDue().stated() == null ? ""
                            : text("calendar.stated", language, agreement.finalTextDue().stated()),
                    link);
            day(calendar, "hard-deadline-" + agreement.id(), agreement.hardDeadline(),
                    text("calendar.hardDeadline", language, agreement.title()),
                    text("calendar.hardDeadline.description", language), link);
        }
        this.implementation.endDate(agreement.id())
            .ifPresent(end -> day(calendar, "end-" + agreement.id(), end,
                    text("calendar.agreementEnds", language, agreement.title()),
                    text("calendar.agreementEnds.description", language), link));
        for (Meeting meeting : this.meetings.meetings(agreement.id())) {
            Instant when = meeting.scheduledFor() != null ? meeting.scheduledFor() : meeting.plannedFor();
            if (when == null || "HELD".equals(meeting.status())) {
                continue;
            }
            // An Instant is written in UTC ("...T140000Z"), which every calendar program
            // reads.
            String title = text("calendar.meeting." + meeting.level().name(), language,
                    String.valueOf(meeting.sequence()), agreement.title());
            VEvent event = new VEvent(when, when.plusSeconds(2 * 3600),
                    meeting.scheduledFor() == null ? text("calendar.planned", language, title) : title);
            event.add(new Uid("meeting-" + meeting.id() + "@agreement-tracker"));
            if (meeting.venue() != null) {
                event.add(new Location(meeting.venue()));
            }
            event.add(new Description(
                    text(meeting.scheduledFor() == null ? "calendar.meeting.planned" : "calendar.meeting.scheduled",
                            language)));
            event.add(url(link));
            calendar.add(event);
        }
        for (Deliverable deliverable : this.deliverables.ofAgreement(agreement.id())) {
            if ("DELIVERED".equals(deliverable.status())) {
                continue;
            }
            if (deliverable.startsOn() != null) {
                day(calendar, "deliverable-start-" + deliverable.id(), deliverable.startsOn(),
                        text("calendar.deliverableStarts", language, deliverable.title()),
                        deliverable.kind().name().toLowerCase().replace('_', ' '), link);
            }
            day(calendar, "deliverable-due-" + deliverable.id(), deliverable.dueDate(),
                    text("calendar.deliverableDue", language, deliverable.title()),
                    text("calendar.deliverableOf", language, agreement.title()), link);
        }
        for (ActionItem item : this.meetings.actionItems(agreement.id())) {
            if ("OPEN".equals(item.status())) {
                day(calendar, "action-item-" + item.id(), item.dueDate(),
                        text("calendar.actionItemDue", language, item.description()),
                        text("calendar.owner", language, item.ownerParty().toUpperCase()), link);
            }
        }
    }

    private static void day(Calendar calendar, String uid, LocalDate date, String summary, String description,
            String link) {
        if (date == null) {
            return;
        }
        VEvent event = new VEvent(date, date.plusDays(1), summary);
        event.add(new Uid(uid + "@agreement-tracker"));
        event.add(new Description(description));
        event.add(url(link));
        calendar.add(event);
    }

    private static Url url(String link) {
        try {
            return new Url(java.net.URI.create(link));
        }
        catch (IllegalArgumentException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
