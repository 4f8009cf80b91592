package org.agreementtracker.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agreementtracker.agreement.InstrumentType;
import org.agreementtracker.agreement.PartyRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's check of the texts outside the forms (mails, task context): Spanish has
 * every English message, a name for every user task and process, and a label for every
 * instrument type and party role.
 */
class MessageTranslationsTest {

    @Test
    void spanishHasEveryEnglishMessage() throws IOException {
        assertThat(bundle("es").stringPropertyNames()).containsAll(bundle("").stringPropertyNames());
    }

    @Test
    void spanishNamesEveryUserTaskOfTheModels() throws IOException {
        List<String> userTasks = idsInModels("userTask", "task.");

        assertThat(userTasks).isNotEmpty();
        assertThat(bundle("es").stringPropertyNames()).containsAll(userTasks);
    }

    @Test
    void spanishNamesEveryProcessOfTheModels() throws IOException {
        List<String> processes = idsInModels("process", "process.");

        assertThat(processes).isNotEmpty();
        assertThat(bundle("es").stringPropertyNames()).containsAll(processes);
    }

    @Test
    void everyBrokenRuleTheCodeReportsHasAnEnglishText() throws IOException {
        List<String> keys = new ArrayList<>();
        // FormError.of("key", ...), FormValues' error(field, "key", ...), a cadence's
        // InvalidCadenceException("key", ...)
        Pattern reported = Pattern.compile(
                "(?:FormError\\.of\\(|\\berror\\([^,()]+(?:\\([^()]*\\))?[^,()]*, |InvalidCadenceException\\()\"(\\w+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher matcher = reported.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add("form.error." + matcher.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(bundle("").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void spanishLabelsEveryInstrumentTypeAndPartyRole() throws IOException {
        Properties spanish = bundle("es");
        assertThat(spanish.stringPropertyNames())
            .containsAll(Arrays.stream(InstrumentType.values()).map(type -> "instrument." + type.name()).toList())
            .containsAll(Arrays.stream(PartyRole.values()).map(role -> "role." + role.name()).toList());
    }

    /** The ids of the models' elements of one kind, as message keys. */
    private static List<String> idsInModels(String element, String keyPrefix) throws IOException {
        List<String> keys = new ArrayList<>();
        Pattern id = Pattern.compile("<bpmn:" + element + " id=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path model : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = id.matcher(Files.readString(model));
                while (matcher.find()) {
                    keys.add(keyPrefix + matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        String name = "/i18n/messages" + (language.isEmpty() ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageTranslationsTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
