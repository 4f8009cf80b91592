package org.agreementtracker;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(AgreementTrackerApplication.class);

    @Test
    void featuresUseEachOthersPublicApiOnlyAndHaveNoCycles() {
        this.modules.verify();
    }

}
