package org.agreementtracker.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.agreementtracker.shared.InvalidFormDataException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Once the application is ready (its start-up time is not spent here): imports the files
 * of the import folder, and on the embedded database the demonstration agreements, each
 * shifted in time so that its deadlines and timers fall around today. Both are
 * idempotent: a restart imports nothing twice.
 */
@Component
class StartupImports {

    private static final Logger log = LoggerFactory.getLogger(StartupImports.class);

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private final AgreementImporter importer;

    private final IntakeProperties properties;

    private final boolean embeddedDatabase;

    StartupImports(AgreementImporter importer, IntakeProperties properties, Environment environment) {
        this.importer = importer;
        this.properties = properties;
        this.embeddedDatabase = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void importAtStartup() {
        if (this.properties.demoData() && this.embeddedDatabase) {
            loadDemoData();
        }
        if (StringUtils.hasText(this.properties.importFolder())) {
            importFolder(Path.of(this.properties.importFolder()));
        }
    }

    void loadDemoData() {
        try (InputStream manifest = new ClassPathResource("demo/manifest.yaml").getInputStream()) {
            List<Map<String, Object>> entries = new ObjectMapper(new YAMLFactory()).readValue(manifest,
                    new com.fasterxml.jackson.core.type.TypeReference<>() {
                    });
            LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
            for (Map<String, Object> entry : entries) {
                String name = (String) entry.get("file");
                int daysAgo = ((Number) entry.get("dateSignedDaysAgo")).intValue();
                String text = new String(new ClassPathResource("demo/" + name).getInputStream().readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                String shifted = shift(text, today.minusDays(daysAgo));
                ImportResult result = this.importer
                    .importFile(shifted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (result.outcome() == ImportResult.Outcome.CREATED) {
                    log.info("Demonstration agreement {} loaded ({})", result.agreementId(), name);
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read the demonstration agreements", ex);
        }
    }

    /**
     * Moves every date of a file by the same number of days, so that its
     * {@code dateSigned} falls on the given day: the intervals the sources state are
     * kept.
     */
    static String shift(String text, LocalDate dateSigned) {
        Matcher signed = Pattern.compile("(?m)^dateSigned:\\s*(\\d{4}-\\d{2}-\\d{2})").matcher(text);
        if (!signed.find()) {
            return text;
        }
        long days = ChronoUnit.DAYS.between(LocalDate.parse(signed.group(1)), dateSigned);
        Matcher dates = ISO_DATE.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(shifted, LocalDate.parse(dates.group(1)).plusDays(days).toString());
        }
        dates.appendTail(shifted);
        return shifted.toString();
    }

    void importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.warn("Import folder {} does not exist; nothing imported", folder.toAbsolutePath());
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(StartupImports::isAgreementFile).sorted().toList()) {
                try {
                    ImportResult result = this.importer.importFile(Files.readAllBytes(file),
                            this.properties.applyChanges());
                    switch (result.outcome()) {
                        case CREATED -> log.info("Imported {} from {}", result.agreementId(), file);
                        case UNCHANGED -> log.debug("{} unchanged", file);
                        case APPLIED -> log.info("{} applied to agreement {}: {}", file, result.agreementId(),
                                result.differences());
                        case CHANGED -> log.warn("{} differs from agreement {} as stored, not applied: {}", file,
                                result.agreementId(), result.differences());
                    }
                }
                catch (InvalidFormDataException ex) {
                    log.error("{} refused: {}", file, ex.errors());
                }
                catch (org.agreementtracker.shared.ConflictException ex) {
                    log.error("{} not applied: {}", file, ex.getMessage());
                }
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read the import folder " + folder, ex);
        }
    }

    private static boolean isAgreementFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

}
