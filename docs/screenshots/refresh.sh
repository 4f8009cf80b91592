#!/usr/bin/env bash
# Regenerates the README's screenshots: runs the browser journeys (they save every key screen
# under target/journeys/) and copies the ones the README shows. Needs /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test='*JourneyIT'
for shot in 03-start-form-filled 05b-what-happens-next 07-partner-requests-changes 09-drafter-sees-requested-changes \
            10-partner-sees-what-changed 11-record-meeting-outcomes 12-start-form-refused-in-spanish 13-plan-training \
            15-evidence-attached 22-partner-refused-by-cockpit-styled 23-partner-progress-view 34-cockpit-register-party \
            30-cockpit-agreements-dashboard 31-cockpit-instance-tokens 32-cockpit-agreement-tab; do
  cp "target/journeys/$shot.png" "docs/screenshots/$shot.png"
done
