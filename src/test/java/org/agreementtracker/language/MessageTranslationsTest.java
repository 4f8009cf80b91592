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
 * every English message, a name for every user task, and a label for every instrument
 * type and party role.
 */
class MessageTranslationsTest {

    @Test
    void spanishHasEveryEnglishMessage() throws IOException {
        assertThat(bundle("es").stringPropertyNames()).containsAll(bundle("").stringPropertyNames());
    }

    @Test
    void spanishNamesEveryUserTaskOfTheModels() throws IOException {
        List<String> userTasks = new ArrayList<>();
        Pattern userTask = Pattern.compile("<bpmn:userTask id=\"([^\"]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path model : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = userTask.matcher(Files.readString(model));
                while (matcher.find()) {
                    userTasks.add("task." + matcher.group(1));
                }
            }
        }
        assertThat(userTasks).isNotEmpty();
        assertThat(bundle("es").stringPropertyNames()).containsAll(userTasks);
    }

    @Test
    void spanishLabelsEveryInstrumentTypeAndPartyRole() throws IOException {
        Properties spanish = bundle("es");
        assertThat(spanish.stringPropertyNames())
            .containsAll(Arrays.stream(InstrumentType.values()).map(type -> "instrument." + type.name()).toList())
            .containsAll(Arrays.stream(PartyRole.values()).map(role -> "role." + role.name()).toList());
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
