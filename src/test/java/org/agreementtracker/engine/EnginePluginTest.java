package org.agreementtracker.engine;

import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import org.agreementtracker.language.Languages;
import org.agreementtracker.shared.Parties;
import org.agreementtracker.shared.Parties.Party;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class EnginePluginTest {

    private final EnginePlugin plugin = new EnginePlugin(
            new Languages(new Parties(List.of(new Party("us", "United States", "en")))), new StaticMessageSource());

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
