# Guardian consent, moderation, publication.

project-status-awaiting-consent = Waiting for a guardian's consent
project-status-in-review = Being reviewed
project-status-needs-changes = Changes needed
project-status-rejected = Not accepted
project-status-published = Published
project-moderator-says = The moderators wrote:
project-consent-heading = Guardian consent
project-consent-intro = Before the project can be published, a parent or guardian of each creator under 18 has to agree.
project-consent-guardian-email = Your parent's or guardian's email address
project-consent-send = Ask for consent
project-consent-answer = Give consent for this creator

consent-state-granted = consent given
consent-state-pending = waiting for an answer
consent-state-missing = not asked yet
consent-state-not-needed = no consent needed
consent-state-declined = the guardian said no
consent-state-withdrawn = withdrawn by the guardian
consent-email-invalid = Please enter a valid email address for your parent or guardian.
consent-email-own = Please enter your parent's or guardian's email address, not your own.
consent-resend-wait = We sent the request a few minutes ago. Please wait a little before sending it again.
consent-requested = We have emailed your parent or guardian.
consent-recorded = Thank you: your answer is recorded.
consent-declined = Your answer is recorded: the project will not be published.

consent-heading = Your consent for the youth showcase
consent-intro = { $name } wants to show a coding project in an online showcase for young people. Here is exactly what would be public.
consent-public-heading = What would be public
consent-public-name = Name shown
consent-public-age-group = Age group
consent-private-heading = What stays private
consent-private-text = Surname, email address, date of birth, school and your details are never shown publicly, and never given to others.
consent-choices = Please choose
consent-scope-publish = Publish the project with the details above
consent-scope-photos = Also show images in which a person appears
consent-scope-contact = The organizers may contact us about the event
consent-wording-label = Wording version
consent-agree = I agree to what I ticked
consent-decline = I decline
consent-decline-hint = If you agree to none of these, choose “I decline”: nothing about the project is published.
consent-choose-answer = Please answer with one of the two buttons: “I agree to what I ticked” or “I decline”.
consent-nothing-ticked = Please tick what you agree to. If you agree to none of it, choose “I decline”.
consent-photos-need-publish = Images are only ever shown on the project’s page: to show them, also tick “Publish the project with the details above”, or untick the images.
consent-thanks-heading = Thank you
consent-thanks-text = Your answer is recorded. We have emailed you a confirmation with a link to withdraw your consent at any time.
consent-declined-heading = Your answer is recorded
consent-declined-text = The project will not be published. Thank you for answering.
consent-withdraw-heading = Withdraw your consent
consent-withdraw-intro = If you withdraw, the project is taken off every public page at once and the team and organizers are told.
consent-withdraw-submit = Withdraw my consent
consent-withdrawn-heading = Your consent is withdrawn
consent-withdrawn-text = The project is no longer shown anywhere public.
consent-receipt-heading = You have already answered
consent-receipt-intro = This link has already been used, so it cannot change anything. This is the answer it recorded.
consent-receipt-answered-at = Answered on
consent-receipt-withdrawn-at = Withdrawn on
consent-receipt-change = If you agreed, the confirmation email we sent you has a link to withdraw your consent at any time. To give a different answer, ask the young person to send you a new request.
consent-answer-granted = Yes
consent-answer-declined = No
consent-answer-withdrawn = Yes, later withdrawn
consent-link-used-text = Each consent link works only once.
consent-link-expired-text = Consent links only work for a limited time. If you still want to answer, ask the young person to send you a new request.
consent-link-invalid-text = The link is not valid. Please check that you copied all of it from the email.

age-bracket-up-to-10 = 10 or younger
age-bracket-11-13 = 11 to 13
age-bracket-14-16 = 14 to 16
age-bracket-17-18 = 17 to 18

moderation-heading = Moderation
moderation-filter = Filter
moderation-select = Select
moderation-consent = Consent
moderation-consents = { $given } of { $needed }
moderation-state = Review
moderation-state-pending = To review
moderation-state-approved = Approved
moderation-state-rejected = Not accepted
moderation-state-changes-requested = Changes asked
moderation-bulk-approve = Approve the selected projects
moderation-empty = No submitted projects match.
moderation-decide = Decision
moderation-reason = Reason, for the team
moderation-reason-hint = Needed when you ask for changes or do not accept the project. The team gets it by email.
moderation-approve = Approve
moderation-request-changes = Ask for changes
moderation-reject = Do not accept
moderation-saved = The decision is saved and the team has been told.
moderation-reason-required = Please give the team a reason.
moderation-reason-too-long = The reason can have at most 1,000 characters.
moderation-decision-approved = approved
moderation-decision-rejected = not accepted
moderation-decision-changes-requested = in need of a few changes
console-moderation-text = Review submitted projects.
console-published-text = Published projects and the consents behind them.
published-heading = Published projects
published-intro = Every published project with the consent records that allowed it.
published-none = Nothing is published yet.
published-creator = Creator
published-scope = Consent
published-given-by = Given by
published-given-at = When
published-wording = Wording

email-consent-request-subject = Your consent for { $name }'s project
email-consent-reminder-subject = Reminder: your consent for { $name }'s project
email-consent-request-text = { $name } has entered the project “{ $title }” in an online showcase for young coders and asked for your consent to publish it.
email-consent-request-action = Please look at exactly what would be public and tell us your choice:
email-consent-request-button = See the project and answer
email-consent-request-expires =
    { $days ->
        [one] The link works once, for one day.
       *[other] The link works once, for { $days } days.
    }
email-consent-request-ignore = If you do not know this young person, you can ignore this email.
email-consent-confirmation-subject = Your consent for { $name } is recorded
email-consent-confirmation-text = Thank you. Your consent for { $name } and the project “{ $title }” is recorded.
email-consent-confirmation-withdraw = You can withdraw it at any time with this link; the project then leaves every public page at once:
email-consent-withdrawn-subject = Consent withdrawn: “{ $title }”
email-consent-withdrawn-text = A guardian withdrew consent for { $creator }. The project “{ $title }” is no longer public.
email-moderation-subject = News about your project “{ $title }”
email-moderation-text = The moderators have looked at “{ $title }”: it is { $decision }.
email-moderation-reason = Their message:
moderation-review-change = Change to a published project
moderation-review-new = New submission
moderation-waiting = Waiting
moderation-revision = Version { $number }
moderation-changes-heading = What would change
moderation-changes-intro = The public sees the approved version. Approving publishes these changes; rejecting them keeps the approved version public.
moderation-change-what = What
moderation-change-public = Public now
moderation-change-new = Proposed
moderation-no-changes = Nothing waits for a decision: the public sees this version.
moderation-content-heading = The version to decide on
moderation-member-new = new to the team
moderation-reject-change = Reject these changes
moderation-change-image-added = New image
moderation-change-image-removed = Image removed
moderation-change-image-changed = Image description
moderation-change-member-added = New team member
moderation-change-member-removed = Left the team
moderation-consent-by-guardian =
    Given from an address at { $domain }, which { $others ->
        [0] has answered for no other creator
        [one] has also answered for one other creator
       *[other] has also answered for { $others } other creators
    }.
moderation-consent-by-adult =
    Given in the app by the adult managing this profile ({ $domain }), who { $others ->
        [0] has answered for no other creator
        [one] has also answered for one other creator
       *[other] has also answered for { $others } other creators
    }.
moderation-consent-for-revision = (shown version { $number })
moderation-revision-outdated = The team changed the project while you were looking at it. Please review the new version.
moderation-waits-for-consent = A team member has no guardian’s consent yet. Approving now would take the whole project offline: approve these changes once the consent has arrived.
moderation-decision-change-rejected = still published as before: your latest changes were not accepted
moderation-decision-change-changes-requested = still published as before: your latest changes need a few adjustments first
revision-status-pending = waiting for a decision
revision-status-approved = approved
revision-status-rejected = not accepted
revision-status-changes-requested = changes asked
revision-status-superseded = replaced by a newer version
project-status-published-changes-in-review = Published · changes being reviewed
project-status-published-changes-declined = Published · changes not accepted
consent-email-account = This address belongs to an account here. Please ask your parent or guardian for their own email address.
consent-submit-first = Submit your project first: your guardian will see exactly what will be public.
