package org.agreementtracker.engine;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class IdentitySetupTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    IdentitySetup identitySetup;

    @AfterEach
    void logOut() {
        this.engine.getIdentityService().clearAuthentication();
    }

    @Test
    void createsOneCoordinatorsGroupPerPartyAndTheRoleGroups() {
        List<String> groups = this.engine.getIdentityService()
            .createGroupQuery()
            .list()
            .stream()
            .map(group -> group.getId())
            .toList();

        assertThat(groups).contains("admins", "managers", "reviewers", "coordinators-us", "coordinators-gt",
                "coordinators-hn", "coordinators-sv", "coordinators-mx");
    }

    @Test
    void namesEachPartysCoordinatorsGroupInThePartysLanguage() {
        var groups = this.engine.getIdentityService();

        assertThat(groups.createGroupQuery().groupId("coordinators-gt").singleResult().getName())
            .isEqualTo("Coordinadores: Guatemala");
        assertThat(groups.createGroupQuery().groupId("coordinators-us").singleResult().getName())
            .isEqualTo("Coordinators: United States");
    }

    @Test
    void createsDemoAccountsOnTheEmbeddedDatabaseWithDocumentedPasswords() {
        var identity = this.engine.getIdentityService();

        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        assertThat(identity.checkPassword("manager", "manager")).isTrue();
        assertThat(identity.checkPassword("coordinator-gt", "coordinator-gt")).isTrue();
        assertThat(identity.checkPassword("coordinator-gt", "wrong")).isFalse();
        assertThat(identity.createUserQuery().userId("coordinator-gt").memberOfGroup("coordinators-gt").count())
            .isOne();
        assertThat(identity.createUserQuery().userId("admin").memberOfGroup("admins").count()).isOne();
    }

    @Test
    void givesCockpitToManagersOnlyAndTasklistToEveryWorkflowGroup() {
        var authorizations = this.engine.getAuthorizationService();

        assertThat(authorizations.isUserAuthorized("manager", List.of("managers"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit"))
            .isTrue();
        assertThat(authorizations.isUserAuthorized("coordinator-gt", List.of("coordinators-gt"), Permissions.ACCESS,
                Resources.APPLICATION, "cockpit"))
            .isFalse();
        assertThat(authorizations.isUserAuthorized("coordinator-gt", List.of("coordinators-gt"), Permissions.ACCESS,
                Resources.APPLICATION, "tasklist"))
            .isTrue();
        assertThat(authorizations.isUserAuthorized("coordinator-gt", List.of("coordinators-gt"), Permissions.ACCESS,
                Resources.APPLICATION, "admin"))
            .isFalse();
    }

    @Test
    void administratorsSeeAndChangeEverything() {
        this.engine.getIdentityService().setAuthentication("admin", List.of("admins"));

        assertThat(this.engine.getRepositoryService().createDeploymentQuery().count()).isPositive();
        assertThat(this.engine.getIdentityService().createUserQuery().count()).isGreaterThan(5);
        assertThat(this.engine.getAuthorizationService()
            .isUserAuthorized("admin", List.of("admins"), Permissions.CREATE, Resources.DEPLOYMENT)).isTrue();
    }

    @Test
    void coordinatorSeesOwnGroupsTasksInHerLanguagesDefaultFilterAndOtherPartiesSeeNone() {
        Task usTask = this.engine.getTaskService().newTask();
        usTask.setName("A task for the United States' coordinators");
        this.engine.getTaskService().saveTask(usTask);
        this.engine.getTaskService().addCandidateGroup(usTask.getId(), "coordinators-us");
        Filter myOpenTasks = this.engine.getFilterService()
            .createFilterQuery()
            .filterName("My open tasks")
            .singleResult();

        Filter misTareasAbiertas = this.engine.getFilterService()
            .createFilterQuery()
            .filterName("Mis tareas abiertas")
            .singleResult();
        this.engine.getIdentityService().setAuthentication("coordinator-us", List.of("coordinators-us"));
        List<Task> usTasks = this.engine.getFilterService().list(myOpenTasks.getId());
        this.engine.getIdentityService().setAuthentication("coordinator-gt", List.of("coordinators-gt"));
        List<Task> gtTasks = this.engine.getFilterService().list(misTareasAbiertas.getId());
        long gtVisible = this.engine.getTaskService().createTaskQuery().taskId(usTask.getId()).count();
        this.engine.getIdentityService().clearAuthentication();
        this.engine.getTaskService().deleteTask(usTask.getId(), true);

        assertThat(usTasks).extracting(Task::getId).contains(usTask.getId());
        assertThat(gtTasks).extracting(Task::getId).doesNotContain(usTask.getId());
        assertThat(gtVisible).isZero();
    }

    @Test
    void everyGroupSeesTasklistFiltersNamedInItsLanguage() {
        assertThat(visibleFilters("coordinator-gt", "coordinators-gt")).containsExactlyInAnyOrder("Mis tareas abiertas",
                "Vencidas", "Vencen esta semana", "Por acuerdo", "Todas las tareas que puedo ver");
        assertThat(visibleFilters("coordinator-us", "coordinators-us")).containsExactlyInAnyOrder("My open tasks",
                "Overdue", "Due this week", "By agreement", "All tasks I may see");
        assertThat(visibleFilters("manager", "managers")).containsExactlyInAnyOrder("My open tasks", "Overdue",
                "Due this week", "By agreement", "All tasks I may see");
        Filter spanish = this.engine.getFilterService()
            .createFilterQuery()
            .filterName("Mis tareas abiertas")
            .singleResult();
        assertThat(spanish.getProperties()).containsEntry("description",
                "Tareas para mí o mis grupos, las de vencimiento más próximo primero");
        assertThat(spanish.getProperties().get("variables").toString()).contains("Acuerdo");
    }

    @Test
    void aFilterEveryoneCouldReadIsNarrowedToItsLanguagesGroupsAtTheNextStart() throws Exception {
        Filter english = this.engine.getFilterService().createFilterQuery().filterName("My open tasks").singleResult();
        Authorization everyone = this.engine.getAuthorizationService()
            .createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        everyone.setUserId(Authorization.ANY);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(english.getId());
        everyone.addPermission(Permissions.READ);
        this.engine.getAuthorizationService().saveAuthorization(everyone);
        assertThat(visibleFilters("coordinator-gt", "coordinators-gt")).contains("My open tasks");

        this.identitySetup.run(new DefaultApplicationArguments());

        assertThat(visibleFilters("coordinator-gt", "coordinators-gt")).doesNotContain("My open tasks");
        assertThat(visibleFilters("coordinator-us", "coordinators-us")).contains("My open tasks");
    }

    private List<String> visibleFilters(String user, String group) {
        this.engine.getIdentityService().setAuthentication(user, List.of(group));
        try {
            return this.engine.getFilterService().createFilterQuery().list().stream().map(Filter::getName).toList();
        }
        finally {
            this.engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void runningTheSetupAgainCreatesNothingTwice() throws Exception {
        long authorizations = this.engine.getAuthorizationService().createAuthorizationQuery().count();
        long filters = this.engine.getFilterService().createFilterQuery().count();
        long users = this.engine.getIdentityService().createUserQuery().count();

        this.identitySetup.run(new DefaultApplicationArguments());

        assertThat(this.engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(this.engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
        assertThat(this.engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    }

}
