package org.agreementtracker.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agreementtracker.language.FormLabels;
import org.agreementtracker.language.Languages;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProcessModelsDeployerTest {

    private static final Path PROCESSES = Path.of("processes");

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    ProcessModelsProperties properties;

    @Autowired
    Languages languages;

    @Test
    void deploysEveryModelUnderProcessesFolderAndNothingElse() throws IOException {
        RepositoryService repository = this.processEngine.getRepositoryService();
        Deployment deployment = repository.createDeploymentQuery()
            .deploymentName("agreement-tracker")
            .orderByDeploymentTime()
            .desc()
            .list()
            .get(0);

        List<String> deployed = repository.getDeploymentResources(deployment.getId())
            .stream()
            .map(Resource::getName)
            .sorted()
            .toList();

        assertThat(deployed).as("every model, and every form once more in Spanish")
            .containsExactlyInAnyOrderElementsOf(deployedFrom(PROCESSES));
        assertThat(deployed).anyMatch(name -> name.endsWith(".form"));
        assertThat(repository.createDeploymentQuery().count())
            .as("only our one deployment exists, nothing from elsewhere on the classpath")
            .isEqualTo(repository.createDeploymentQuery().deploymentName("agreement-tracker").count());
    }

    @Test
    void redeployingUnchangedModelsCreatesNoNewVersion() {
        long versionsBefore = this.processEngine.getRepositoryService().createProcessDefinitionQuery().count();

        DeploymentWithDefinitions result = new ProcessModelsDeployer(this.properties, this.languages, new FormLabels())
            .deploy(this.processEngine);

        assertThat(result.getDeployedProcessDefinitions()).isNullOrEmpty();
        assertThat(this.processEngine.getRepositoryService().createProcessDefinitionQuery().count())
            .isEqualTo(versionsBefore);
    }

    @Test
    void changingOneFormInACopiedFolderCreatesNewVersionWithTheSameResourceNames(@TempDir Path copy)
            throws IOException {
        FileSystemUtils.copyRecursively(PROCESSES, copy);
        Path form = copy.resolve("smoke/confirm-smoke-test.form");
        Files.writeString(form, Files.readString(form).replace("What did you check?", "What did you verify?"));
        var fromCopy = new ProcessModelsProperties("file:" + copy.toAbsolutePath() + "/", "agreement-tracker");
        RepositoryService repository = this.processEngine.getRepositoryService();
        int versionBefore = repository.createProcessDefinitionQuery()
            .processDefinitionKey("smoke-test")
            .latestVersion()
            .singleResult()
            .getVersion();

        DeploymentWithDefinitions result = new ProcessModelsDeployer(fromCopy, this.languages, new FormLabels())
            .deploy(this.processEngine);

        assertThat(repository.createProcessDefinitionQuery()
            .processDefinitionKey("smoke-test")
            .latestVersion()
            .singleResult()
            .getVersion()).isEqualTo(versionBefore + 1);
        assertThat(repository.getDeploymentResources(result.getId()).stream().map(Resource::getName).sorted())
            .containsExactlyInAnyOrderElementsOf(deployedFrom(PROCESSES));

        // The original files are deployed again, so later tests see the shipped models.
        new ProcessModelsDeployer(this.properties, this.languages, new FormLabels()).deploy(this.processEngine);
    }

    @Test
    void refusesAModelWithoutHistoryTimeToLiveWithTheEngineReason(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("no-ttl.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
                  <process id="no-ttl" isExecutable="true">
                    <startEvent id="StartEvent_Started"/>
                  </process>
                </definitions>
                """);
        var deployer = new ProcessModelsDeployer(
                new ProcessModelsProperties("file:" + folder.toAbsolutePath() + "/", "refused"), this.languages,
                new FormLabels());

        assertThatThrownBy(() -> deployer.deploy(this.processEngine)).hasMessageContaining("History Time To Live");
        assertThat(this.processEngine.getRepositoryService().createDeploymentQuery().deploymentName("refused").count())
            .isZero();
    }

    @Test
    void refusesAModelThatIsNotValidBpmnWithTheParserReason(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("broken.bpmn"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test">
                  <process id="broken" isExecutable="true" historyTimeToLive="P1D">
                    <startEvent id="StartEvent_Started"/>
                    <sequenceFlow id="Flow_Nowhere" sourceRef="StartEvent_Started" targetRef="Task_Missing"/>
                  </process>
                """);
        var deployer = new ProcessModelsDeployer(
                new ProcessModelsProperties("file:" + folder.toAbsolutePath() + "/", "refused-broken"), this.languages,
                new FormLabels());

        assertThatThrownBy(() -> deployer.deploy(this.processEngine)).hasMessageContaining("broken.bpmn");
        assertThat(this.processEngine.getRepositoryService()
            .createDeploymentQuery()
            .deploymentName("refused-broken")
            .count()).isZero();
    }

    /** The models on disk, and each form once more in Spanish. */
    private static List<String> deployedFrom(Path root) throws IOException {
        List<String> onDisk = modelsOnDisk(root);
        return Stream.concat(onDisk.stream(),
                onDisk.stream().filter(name -> name.endsWith(".form")).map(name -> name.replace(".form", "-es.form")))
            .toList();
    }

    private static List<String> modelsOnDisk(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                .map(path -> root.relativize(path).toString().replace('\\', '/'))
                .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form"))
                .sorted()
                .toList();
        }
    }

}
