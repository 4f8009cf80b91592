package org.agreementtracker.engine;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnginePluginTest {

    private final EnginePlugin plugin = new EnginePlugin();

    private String factoryBefore;

    @BeforeEach
    void forgetTheDateFactory() {
        this.factoryBefore = System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    }

    @AfterEach
    void restoreTheDateFactory() {
        if (this.factoryBefore == null) {
            System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        }
        else {
            System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, this.factoryBefore);
        }
    }

    @Test
    void timersGetTheJdksDateFactoryByNameInsteadOfSearchingTheClassPathEachTime() throws Exception {
        this.plugin.preInit(new StandaloneInMemProcessEngineConfiguration());

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
            .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().getClass().getName())
            .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }

    @Test
    void aDateFactoryTheOperatorNamedIsKept() {
        System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.OperatorsFactory");

        this.plugin.preInit(new StandaloneInMemProcessEngineConfiguration());

        assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
            .isEqualTo("org.example.OperatorsFactory");
    }

    @Test
    void ourAdministratorsGroupIsAnEngineAdministrator() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

        this.plugin.preInit(configuration);

        assertThat(configuration.getAdminGroups()).contains(IdentitySetup.ADMINS);
    }

}
