package org.agreementtracker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.Parties;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates, at every start and without duplicates, the groups, accounts, authorizations
 * and Tasklist filters that {@link IdentityProperties} describes. Authorization checks
 * are on, so nobody sees anything that is not granted here or by a task's candidate
 * group.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentitySetup implements ApplicationRunner {

    static final String ADMINS = "admins";

    static final String MANAGERS = "managers";

    static final String REVIEWERS = "reviewers";

    /** Processes a coordinator may start from Tasklist. */
    static final List<String> COORDINATOR_PROCESSES = List.of("agreement-lifecycle", "follow-up-meetings");

    /**
     * Processes coordinators were once offered and no longer are: the smoke test proves
     * the installation to managers and is no coordinator's work.
     */
    static final List<String> WITHDRAWN_COORDINATOR_PROCESSES = List.of("smoke-test");

    /** Processes a manager may start from Tasklist. */
    static final List<String> MANAGER_PROCESSES = List.of("smoke-test", "withdraw-agreement");

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

    private final IdentityProperties properties;

    private final Parties parties;

    private final IdentityService identityService;

    private final AuthorizationService authorizationService;

    private final FilterService filterService;

    private final TaskService taskService;

    private final boolean embeddedDatabase;

    private final Languages languages;

    private final MessageSource messages;

    private final PartyTable partyTable;

    IdentitySetup(IdentityProperties properties, Parties parties, ProcessEngine processEngine, Environment environment,
            Languages languages, MessageSource messages, PartyTable partyTable) {
        this.partyTable = partyTable;
        this.properties = properties;
        this.parties = parties;
        this.languages = languages;
        this.messages = messages;
        this.identityService = processEngine.getIdentityService();
        this.authorizationService = processEngine.getAuthorizationService();
        this.filterService = processEngine.getFilterService();
        this.taskService = processEngine.getTaskService();
        this.embeddedDatabase = OnEmbeddedDatabaseCondition.embedded(environment);
    }

    /**
     * In one transaction: the hundred-odd checks of every start share one connection and
     * one commit, and a start that fails sets up nothing by halves.
     */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // The configured parties seed the registry; the registered ones join them.
        this.parties.parties().forEach(party -> this.partyTable.insertIfAbsent(party, "system"));
        this.partyTable.all().forEach(this.parties::add);
        createGroups();
        createAdministrator();
        if (this.embeddedDatabase && this.properties.demoUsers()) {
            createDemoUsers();
        }
        grantAdministratorsEverything();
        grantApplicationAccess();
        grantCoordinatorRights();
        grantManagerRights();
        createTaskFilters();
    }

    /**
     * A new party, with its group and every authorization and filter the others have, in
     * the caller's transaction: a failure leaves no part of it (the in-memory list is
     * taken back when the transaction does not commit).
     */
    @Transactional
    public void register(Parties.Party party, String registeredBy) {
        if (this.parties.isKnown(party.code()) || this.partyTable.exists(party.code())) {
            throw new org.agreementtracker.shared.ConflictException("party " + party.code() + " is registered already",
                    List.of("code: " + party.code() + " exists"));
        }
        this.partyTable.insert(party, registeredBy);
        this.parties.add(party);
        org.springframework.transaction.support.TransactionSynchronizationManager
            .registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        IdentitySetup.this.parties.remove(party.code());
                    }
                }
            });
        // The manager may register parties; the groups and grants that come with one are
        // the application's to make, as at start, not hers to hold rights for.
        var caller = this.identityService.getCurrentAuthentication();
        this.identityService.clearAuthentication();
        try {
            createGroups();
            if (this.embeddedDatabase && this.properties.demoUsers()) {
                createDemoUsers();
            }
            grantApplicationAccess();
            grantCoordinatorRights();
            createTaskFilters();
        }
        finally {
            if (caller != null) {
                this.identityService.setAuthentication(caller);
            }
        }
        log.info("Party {} ({}) registered by {}", party.code(), party.name(), registeredBy);
    }

    /**
     * A registered party's new names, language or kind, in the caller's transaction: its
     * group is renamed, and its coordinators read the Tasklist filters of its language,
     * no longer those of the old one. The in-memory list takes the old party back when
     * the transaction does not commit.
     */
    @Transactional
    public Parties.Party update(Parties.Party party, String changedBy) {
        Parties.Party before = this.parties.find(party.code())
            .orElseThrow(() -> new org.agreementtracker.shared.NotFoundException(
                    "party " + party.code() + " is not registered"));
        this.partyTable.update(party);
        this.parties.replace(party);
        org.springframework.transaction.support.TransactionSynchronizationManager
            .registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        IdentitySetup.this.parties.replace(before);
                    }
                }
            });
        var caller = this.identityService.getCurrentAuthentication();
        this.identityService.clearAuthentication();
        try {
            createGroups();
            if (!before.language().equals(party.language())) {
                this.authorizationService.createAuthorizationQuery()
                    .groupIdIn(party.coordinatorsGroup())
                    .resourceType(Resources.FILTER)
                    .list()
                    .forEach(grant -> this.authorizationService.deleteAuthorization(grant.getId()));
                createTaskFilters();
            }
        }
        finally {
            if (caller != null) {
                this.identityService.setAuthentication(caller);
            }
        }
        log.info("Party {} changed by {}: {} -> {}", party.code(), changedBy, before, party);
        return party;
    }

    private void createGroups() {
        group(ADMINS, "Administrators", Groups.GROUP_TYPE_SYSTEM);
        group(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM);
        group(MANAGERS, "Managers", Groups.GROUP_TYPE_WORKFLOW);
        group(REVIEWERS, "Reviewers", Groups.GROUP_TYPE_WORKFLOW);
        for (Parties.Party party : this.parties.parties()) {
            // Tasklist shows coordinators their task's group: in their language
            String partyName = "es".equals(party.language()) && party.nameEs() != null ? party.nameEs() : party.name();
            String name = this.messages.getMessage("group.coordinators", new Object[] { partyName },
                    Locale.forLanguageTag(party.language()));
            group(party.coordinatorsGroup(), name, Groups.GROUP_TYPE_WORKFLOW);
        }
    }

    private void createAdministrator() {
        String password = this.properties.adminPassword();
        if (!StringUtils.hasText(password)) {
            // Only the embedded database gets here without one (AdminPasswordGuard).
            password = this.properties.adminUser();
        }
        user(this.properties.adminUser(), "Agreement Tracker", "Administrator", password, true, ADMINS);
        // The webapps offer anyone a "create the first administrator" page until a
        // member of camunda-admin exists; the administrator closes it.
        user(this.properties.adminUser(), "Agreement Tracker", "Administrator", password, false, Groups.CAMUNDA_ADMIN);
    }

    private void createDemoUsers() {
        user("manager", "Maria", "Manager", "manager", false, MANAGERS);
        user("reviewer", "Rafael", "Reviewer", "reviewer", false, REVIEWERS);
        for (Parties.Party party : this.parties.parties()) {
            String id = "coordinator-" + party.code();
            user(id, "Coordinator", party.name(), id, false, party.coordinatorsGroup());
        }
        log.info("Demonstration accounts are ready (see README: user name = password); embedded database only");
    }

    /**
     * Membership of an admin group only unlocks administrative commands; reading and
     * changing resources still needs authorizations, as Camunda's own setup grants them.
     */
    private void grantAdministratorsEverything() {
        for (Resources resource : Resources.values()) {
            grant(ADMINS, resource, Authorization.ANY, Permissions.ALL);
        }
    }

    private void grantApplicationAccess() {
        for (String group : workflowGroups()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grant(MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }

    private void grantCoordinatorRights() {
        for (Parties.Party party : this.parties.parties()) {
            String group = party.coordinatorsGroup();
            for (String process : COORDINATOR_PROCESSES) {
                grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
            grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
            for (String process : WITHDRAWN_COORDINATOR_PROCESSES) {
                revoke(group, Resources.PROCESS_DEFINITION, process);
            }
        }
    }

    private void grantManagerRights() {
        grant(MANAGERS, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK);
        grant(MANAGERS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ, Permissions.CREATE);
        for (String process : MANAGER_PROCESSES) {
            grant(MANAGERS, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
        // Withdrawing an agreement correlates a message to its lifecycle instance;
        // importing an agreement file starts one.
        grant(MANAGERS, Resources.PROCESS_DEFINITION, "agreement-lifecycle", ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(MANAGERS, Resources.TASK, Authorization.ANY, Permissions.READ);
        grant(MANAGERS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        grant(MANAGERS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
                HistoricProcessInstancePermissions.READ);
        grant(MANAGERS, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    }

    /**
     * Tasklist shows a filter's name as it is stored, so each language gets filters of
     * its own, readable by the groups that work in it: a party's coordinators see their
     * party's language, managers and reviewers English.
     */
    private void createTaskFilters() {
        TaskQuery mine = this.taskService.createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .endOr()
            .orderByDueDate()
            .asc();
        TaskQuery overdue = this.taskService.createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .endOr()
            .dueBeforeExpression("${now()}")
            .orderByDueDate()
            .asc();
        TaskQuery dueThisWeek = this.taskService.createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .endOr()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(7).toDate()}")
            .orderByDueDate()
            .asc();
        TaskQuery byAgreement = this.taskService.createTaskQuery()
            .or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateUserExpression("${currentUser()}")
            .includeAssignedTasks()
            .endOr()
            // Every task of ours carries its agreement's title (TasklistTitle).
            .orderByTaskVariable("agreementTitle", org.camunda.bpm.engine.variable.type.ValueType.STRING)
            .asc()
            .orderByDueDate()
            .asc();
        TaskQuery visible = this.taskService.createTaskQuery().orderByDueDate().asc();
        List<String> languages = new ArrayList<>(List.of(Languages.ENGLISH));
        languages.addAll(this.languages.translated());
        for (String language : languages) {
            Locale locale = Locale.forLanguageTag(language);
            List<String> groups = groupsWorkingIn(language);
            filter("mine", -10, mine, locale, groups);
            filter("overdue", 0, overdue, locale, groups);
            filter("dueThisWeek", 2, dueThisWeek, locale, groups);
            filter("byAgreement", 4, byAgreement, locale, groups);
            filter("visible", 10, visible, locale, groups);
        }
    }

    private List<String> groupsWorkingIn(String language) {
        List<String> groups = new ArrayList<>();
        if (language.equals(Languages.ENGLISH)) {
            groups.addAll(List.of(MANAGERS, REVIEWERS));
        }
        this.parties.parties()
            .stream()
            .filter(party -> party.language().equals(language))
            .forEach(party -> groups.add(party.coordinatorsGroup()));
        return groups;
    }

    private List<String> workflowGroups() {
        List<String> groups = new ArrayList<>(List.of(MANAGERS, REVIEWERS));
        this.parties.parties().forEach(party -> groups.add(party.coordinatorsGroup()));
        return groups;
    }

    private void group(String id, String name, String type) {
        Group existing = this.identityService.createGroupQuery().groupId(id).singleResult();
        if (existing != null) {
            if (!name.equals(existing.getName())) {
                // a party's language or name changed in the configuration
                existing.setName(name);
                this.identityService.saveGroup(existing);
            }
            return;
        }
        Group group = this.identityService.newGroup(id);
        group.setName(name);
        group.setType(type);
        this.identityService.saveGroup(group);
    }

    private void user(String id, String firstName, String lastName, String password, boolean updatePassword,
            String group) {
        User user = this.identityService.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = this.identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            if (!updatePassword) {
                // demonstration accounts get an address, so reminders can be seen in a
                // mail catcher
                user.setEmail(id + "@agreement-tracker.example");
            }
            this.identityService.saveUser(user);
        }
        else if (updatePassword && !this.identityService.checkPassword(id, password)) {
            user.setPassword(password);
            this.identityService.saveUser(user);
            log.info("Password of {} changed to the one from the environment", id);
        }
        if (this.identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            this.identityService.createMembership(id, group);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = this.authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
        if (authorization == null) {
            authorization = this.authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        else if (hasAll(authorization, permissions)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        this.authorizationService.saveAuthorization(authorization);
    }

    /** Takes back what a database set up by an earlier version granted. */
    private void revoke(String groupId, Resource resource, String resourceId) {
        Authorization authorization = this.authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
        if (authorization != null) {
            this.authorizationService.deleteAuthorization(authorization.getId());
        }
    }

    private static boolean hasAll(Authorization authorization, Permission... permissions) {
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }

    private void filter(String key, int priority, TaskQuery query, Locale locale, List<String> groups) {
        String name = this.messages.getMessage("filter." + key + ".name", null, locale);
        Filter filter = this.filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = this.filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(
                        Map.of("description", this.messages.getMessage("filter." + key + ".description", null, locale),
                                "priority", priority, "refresh", true, "variables",
                                // Every task of ours carries its agreement's title as
                                // a task-local variable.
                                List.of(Map.of("name", "agreementTitle", "label",
                                        this.messages.getMessage("filter.variable.agreementTitle", null, locale)))));
            this.filterService.saveFilter(filter);
        }
        // Databases set up by earlier builds let everyone read every filter; the
        // groups of another language should not see this one.
        Authorization everyone = this.authorizationService.createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
            .resourceType(Resources.FILTER)
            .resourceId(filter.getId())
            .singleResult();
        if (everyone != null) {
            this.authorizationService.deleteAuthorization(everyone.getId());
        }
        for (String group : groups) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

}
