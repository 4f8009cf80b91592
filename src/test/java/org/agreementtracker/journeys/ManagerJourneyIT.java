package org.agreementtracker.journeys;

import java.time.LocalDate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.agreementtracker.agreement.process.JointStatements;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A manager in Cockpit: the agreement process with its tokens, the Agreements dashboard
 * with the overdue memorandum's escalation and the progress chart, and the agreement tab
 * of an instance.
 */
class ManagerJourneyIT extends JourneySupport {

    @Test
    void aManagerFollowsAgreementsInCockpit() {
        String overdue = JointStatements.uniqueId("AGR-MGR-OVERDUE");
        LocalDate stated = LocalDate.now().minusDays(50);
        importAgreement("""
                id: %s
                title: Regional compact, overdue
                instrumentType: REGIONAL_COMPACT
                dateSigned: %s
                leadParty: us
                parties:
                  - {name: DHS, country: us, role: SIGNATORY}
                  - {name: Security ministry of Honduras, country: hn, role: SIGNATORY}
                areas: [BORDER_SECURITY]
                commitments: [{text: share information to secure our borders, areas: [INFORMATION_SHARING]}]
                finalTextDue: {stated: next month, date: %s}
                """.formatted(overdue, stated, stated.plusDays(39)));
        fire(overdue, "StartEvent_FinalTextOverdue");
        String signed = JointStatements.uniqueId("AGR-MGR-SIGNED");
        importAgreement(
                """
                        id: %s
                        title: Memorandum with progress
                        instrumentType: BILATERAL_MOC
                        dateSigned: %s
                        leadParty: us
                        parties:
                          - {name: DHS, country: us, role: SIGNATORY}
                          - {name: Ministry of Government, country: gt, role: SIGNATORY}
                        commitments:
                          - {text: Train investigators, areas: [HUMAN_TRAFFICKING_AND_SMUGGLING], status: {level: FULL, evidence: report, source: DHS, reliability: OFFICIAL}}
                          - {text: Share data, areas: [INFORMATION_SHARING], status: {level: MINIMAL, evidence: readout, source: DHS, reliability: OFFICIAL}}
                        finalTextDue: {date: %s}
                        signature: {signedOn: %s, place: Guatemala City, signatories: Both, documentRef: doc}
                        """
                    .formatted(signed, LocalDate.now().minusDays(5), LocalDate.now().minusDays(5),
                            LocalDate.now().minusDays(5)));

        try (Browser.Session manager = browser().open("journey3-manager", "en-US")) {
            Page page = manager.page();
            Tasklist.logInForm(page, "/camunda/app/cockpit/default/", "manager", "manager");

            // The dashboard: agreements, the overdue escalation, the chart
            Locator row = page.locator(".agreements-table tr[data-agreement='" + overdue + "']");
            assertThat(row).containsText("Drafting");
            assertThat(row.locator(".escalation-count")).hasText("1");
            assertThat(page.locator(".agreements-chart canvas")).isVisible();
            assertThat(page.locator(".agreements-table tr[data-agreement='" + signed + "']")).containsText("67 %");
            row.scrollIntoViewIfNeeded();
            manager.screenshot("30-cockpit-agreements-dashboard");

            // The process with its tokens where the work stands
            row.locator("a").click();
            assertThat(page.locator("dl.process-information")).isVisible();
            assertThat(page
                .locator(".djs-overlays[data-container-id='UserTask_DraftMemorandumText'] .badge.instance-count"))
                .hasText("1");
            assertThat(page
                .locator(".djs-overlays[data-container-id='UserTask_EscalateOverdueMemorandum'] .badge.instance-count"))
                .hasText("1");
            manager.screenshot("31-cockpit-instance-tokens");

            // The agreement tab
            page.locator("[cam-tabs] ul.nav-tabs a")
                .filter(new Locator.FilterOptions().setHasText(Tasklist.text("^Agreement$")))
                .click();
            Locator tab = page.locator(".agreement-tab");
            assertThat(tab).containsText("Regional compact, overdue");
            assertThat(tab.locator("table.commitments")).containsText("share information to secure our borders");
            assertThat(tab.locator("table.history")).containsText("Final text overdue");
            manager.screenshot("32-cockpit-agreement-tab");
        }

        // Cockpit and our plugin follow the viewer's browser language.
        try (Browser.Session spanish = browser().open("journey3-manager-es", "es-ES")) {
            Page page = spanish.page();
            Tasklist.logInForm(page, "/camunda/app/cockpit/default/", "manager", "manager");
            assertThat(page.locator(".agreement-tracker-dashboard h1")).hasText("Acuerdos");
            Locator row = page.locator(".agreements-table tr[data-agreement='" + overdue + "']");
            assertThat(row).containsText("Redacción");
            assertThat(page.locator(".agreements-table thead")).containsText("Próxima reunión");
            assertThat(page.locator("body")).containsText("Tareas humanas");
            spanish.screenshot("33-cockpit-dashboard-spanish");
        }
    }

}
