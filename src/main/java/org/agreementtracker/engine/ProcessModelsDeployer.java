package org.agreementtracker.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.agreementtracker.language.FormLabels;
import org.agreementtracker.language.FormTranslations;
import org.agreementtracker.language.Languages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code .bpmn}, {@code .dmn} and {@code .form} file under
 * {@code processes/}, and nothing else, as one deployment when the engine is built.
 * <p>
 * Resources are named by their path inside {@code processes/} (for example
 * {@code agreement/agreement-lifecycle.bpmn}), whether they come from a folder or from
 * the jar, so duplicate filtering recognises an unchanged set and a restart creates no
 * new versions. When one file changes, the whole set is deployed again, so forms bound
 * with {@code camunda:formRefBinding="deployment"} always sit in the same deployment as
 * their process. A model the engine refuses (invalid, no history time-to-live) stops the
 * start with the engine's reason.
 */
@Component
class ProcessModelsDeployer extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(ProcessModelsDeployer.class);

    private static final List<String> SUFFIXES = List.of("bpmn", "dmn", "form");

    private final ProcessModelsProperties properties;

    private final Languages languages;

    private final FormLabels labels;

    ProcessModelsDeployer(ProcessModelsProperties properties, Languages languages, FormLabels labels) {
        this.properties = properties;
        this.languages = languages;
        this.labels = labels;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        deploy(processEngine);
    }

    DeploymentWithDefinitions deploy(ProcessEngine processEngine) {
        Map<String, Resource> models = findModels();
        if (models.isEmpty()) {
            throw new IllegalStateException("No process models found at " + this.properties.location());
        }
        DeploymentBuilder deployment = processEngine.getRepositoryService()
            .createDeployment()
            .name(this.properties.deploymentName())
            .source(this.properties.deploymentName())
            .enableDuplicateFiltering(false);
        Map<String, byte[]> contents = new TreeMap<>();
        models.forEach((name, resource) -> contents.put(name, read(name, resource)));
        contents.forEach((name, content) -> learnLabels(name, Languages.ENGLISH, content));
        contents.putAll(translatedForms(contents));
        contents.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        if (deployed.getDeployedProcessDefinitions() == null || deployed.getDeployedProcessDefinitions().isEmpty()) {
            log.info("Process models unchanged: {} files at {}", models.size(), this.properties.location());
        }
        else {
            log.info("Deployed {} process models from {} as deployment {}", models.size(), this.properties.location(),
                    deployed.getId());
        }
        return deployed;
    }

    /**
     * Every form once more per language a party works in, made from the English form and
     * {@code translations/<language>.json}: {@code agreement/sign-memorandum-es.form}. A
     * text without translation stays in English (the build's check names it).
     */
    private Map<String, byte[]> translatedForms(Map<String, byte[]> models) {
        Map<String, byte[]> translated = new TreeMap<>();
        for (String language : this.languages.translated()) {
            Map<String, String> catalogue = catalogue(language);
            models.forEach((name, content) -> {
                if (name.endsWith(".form")) {
                    List<String> missing = FormTranslations.missing(content, catalogue);
                    if (!missing.isEmpty()) {
                        log.warn("{} in {} shows English where: {}", name, language, missing);
                    }
                    byte[] form = FormTranslations.translate(content, language, catalogue);
                    translated.put(name.substring(0, name.length() - ".form".length()) + "-" + language + ".form",
                            form);
                    learnLabels(name, language, form);
                }
            });
        }
        return translated;
    }

    /**
     * What the form's fields are called, for messages about them ({@link FormLabels}).
     */
    private void learnLabels(String englishName, String language, byte[] form) {
        if (englishName.endsWith(".form")) {
            String file = englishName.substring(englishName.lastIndexOf('/') + 1);
            this.labels.learn(file.substring(0, file.length() - ".form".length()), language, form);
        }
    }

    private Map<String, String> catalogue(String language) {
        String location = this.properties.location() + "translations/" + language + ".json";
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(location);
            if (found.length == 0 || !found[0].exists()) {
                log.warn("No translations at {}: forms in {} show English", location, language);
                return Map.of();
            }
            return FormTranslations.readCatalogue(read(location, found[0]));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + location, ex);
        }
    }

    private static byte[] read(String name, Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            return content.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read process model " + name, ex);
        }
    }

    /**
     * The models by their path inside the processes folder, sorted for a stable
     * deployment.
     */
    Map<String, Resource> findModels() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> models = new TreeMap<>();
        try {
            List<String> roots = new ArrayList<>();
            for (Resource root : resolver.getResources(this.properties.location())) {
                roots.add(root.getURL().toString());
            }
            roots.sort(Comparator.comparing(String::length).reversed());
            for (String suffix : SUFFIXES) {
                for (Resource model : resolver.getResources(this.properties.location() + "**/*." + suffix)) {
                    String url = model.getURL().toString();
                    String name = roots.stream()
                        .filter(url::startsWith)
                        .findFirst()
                        .map(root -> url.substring(root.length()))
                        .orElseThrow(() -> new IllegalStateException(url + " lies outside " + roots));
                    models.put(name.startsWith("/") ? name.substring(1) : name, model);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list process models at " + this.properties.location(), ex);
        }
        return models;
    }

}
