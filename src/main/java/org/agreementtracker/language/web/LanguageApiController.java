package org.agreementtracker.language.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.language.Languages;
import org.agreementtracker.language.ProcessNames;
import org.agreementtracker.language.Texts;
import org.agreementtracker.shared.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Languages", description = "Texts of the webapps in the languages our parties work in")
@RestController
@RequestMapping("/api/languages")
class LanguageApiController {

    private final Languages languages;

    private final ProcessNames processNames;

    private final Texts texts;

    LanguageApiController(Languages languages, ProcessNames processNames, Texts texts) {
        this.languages = languages;
        this.processNames = processNames;
        this.texts = texts;
    }

    @Operation(summary = "The names of the processes in a language, by process key",
            description = "Tasklist shows these in its start list and task list (app/agreement-tracker/process-names.js).")
    @GetMapping("/{language}/process-names")
    Map<String, String> processNames(@PathVariable String language) {
        known(language);
        return this.processNames.in(Locale.forLanguageTag(language));
    }

    @Operation(summary = "Our codes as words, and the texts of our pages, in a language, by message key",
            description = "implementation.NOT_STARTED, status.IMPLEMENTING, kind.TRAINING, party.gt, page.*: "
                    + "the agreement page (app/agreement-tracker/progress.html) shows what /api answers in codes.")
    @GetMapping("/{language}/words")
    Map<String, String> words(@PathVariable String language) {
        known(language);
        return this.texts.words(language);
    }

    private void known(String language) {
        List<String> known = new ArrayList<>(List.of(Languages.ENGLISH));
        known.addAll(this.languages.translated());
        if (!known.contains(language)) {
            throw new NotFoundException("No texts in language '" + language + "'; there are: " + known);
        }
    }

}
