package org.agreementtracker.notification;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends mail through Spring Mail when {@code spring.mail.host} is set; otherwise mail is
 * off, which the application says once at start. A failure to send is thrown, so the job
 * that sends retries and ends as an incident in Cockpit.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;

    private final NotificationSettings settings;

    Mailer(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender.getIfAvailable();
        this.settings = settings;
    }

    boolean isOn() {
        return this.sender != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsOn() {
        if (!isOn()) {
            log.info("Mail is off: reminders, escalations and digests are not sent. Set SPRING_MAIL_HOST (and "
                    + "SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD) to send them.");
        }
    }

    void send(List<String> to, String subject, String text) {
        if (!isOn() || to.isEmpty()) {
            return;
        }
        try {
            MimeMessage message = this.sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(this.settings.from());
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject("[Agreement Tracker] " + subject);
            helper.setText(text);
            this.sender.send(message);
        }
        catch (MessagingException | MailException ex) {
            throw new IllegalStateException("Mail to " + to + " could not be sent: " + ex.getMessage(), ex);
        }
    }

}
