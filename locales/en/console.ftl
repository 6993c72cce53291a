# Organizers' console, judges' panel and the development mailbox.

console-open-invitations =
    { $count ->
        [0] No open invitations.
        [one] One open invitation.
       *[other] { $count } open invitations.
    }
console-tokens-text = Tokens for judge-cli and other tools.
console-failed-emails =
    { $count ->
        [0] No failed emails.
        [one] One email could not be sent.
       *[other] { $count } emails could not be sent.
    }

invitations-heading = Invitations
invitations-list-heading = Sent invitations
invitations-none = No invitations yet.
invitations-status = Status
invitations-created = Sent
invitation-status-open = Waiting
invitation-status-accepted = Accepted
invitation-status-expired = Expired
invite-heading = Invite a judge or organizer
invite-intro = They get an email with a link. Judges can also sign in with a provider using the invited address.
invite-submit = Send the invitation
invite-sent = The invitation is on its way.

tokens-heading = API tokens
tokens-list-heading = Your tokens
tokens-none = You have no tokens yet.
tokens-prefix = Starts with
tokens-scopes = Allowed
tokens-created = Created
tokens-last-used = Last used
tokens-actions = Actions
token-create-heading = Create a token
token-create-intro = Give it a name you will recognise and only the permissions it needs.
token-create-submit = Create the token
token-created = Your new token:
token-shown-once = Copy it now: it is shown only this once. Anyone who has it can act as you within its permissions.
token-never-used = Never
token-revoke = Revoke
token-revoked = The token is revoked.
token-revoked-label = Revoked
scope-events-read = Read events and projects
scope-judging-read = Read judging: judges, progress, the shortlist, picks and award candidates
scope-judging-write = Run judging: import judges, assign, decide the award, move the phase
scope-personal-data-read = Personal data: email addresses and other details beyond public names (always with the area's own permission)
scope-exports-read = Download exports
scope-livestream-read = Read the livestream data
error-token-name-required = Please give the token a name.
error-token-name-too-long = A token name can have at most 100 characters.
error-token-scope-required = Please choose at least one permission.

failed-emails-heading = Failed emails
failed-emails-intro = These emails could not be sent after every retry. They stay listed here with the reason, so nobody is silently left without their email.
failed-emails-none = Every email has been sent.
failed-emails-created = Queued
failed-emails-attempts = Attempts
failed-emails-error = Last error

judge-no-assignments = Your assigned projects will appear here when judging begins.

mailbox-heading = Development mailbox
mailbox-intro = Emails written to { $folder } instead of being sent. Only on development machines.
mailbox-empty = No emails yet.
mailbox-to = To
mailbox-subject = Subject
event-phase-heading = Event phase
console-event-text = Where the event is, and moving it to its next phase.
event-phase-current = now in the phase “{ $phase }”.
event-phase-allows = This phase allows:
event-phase-name = Phase
event-phase-planned = Planned start
event-phase-forward = Move to “{ $phase }”
event-phase-back-heading = Move back
event-phase-back-intro = Only to undo a mistake or reopen a step: judges, creators and visitors see the change at once. Give the reason; it is kept in the audit log.
event-phase-back-to = Back to
event-phase-back-reason = Reason
event-phase-back-confirm = Yes, move the event back.
event-phase-back-submit = Move back
event-phase-moved = The event is in its new phase.
event-phase-none = There is no event yet.
error-phase-same = The event is already in this phase.
error-phase-skip = Events move forward one phase at a time.
error-phase-confirm = Please confirm that the event should move back.
error-phase-reason-required = Please give the reason for moving the event back.
error-phase-reason-too-long = The reason can have at most 500 characters.

# The organizer API and judge-cli
error-invalid-input = Some of what was sent is not valid: see the message for each field.
judge-import-unreadable = The file could not be read as CSV with a header row.
judge-import-missing-columns = The header row must name the “email” and “capacities” columns.
judge-import-unknown-column = The header row names a column the import does not know (it knows email, capacities, language, name and note).
judge-import-too-many-rows = The file has too many rows: at most 2,000 judges at a time.
judge-import-empty = The file has no judges in it.
judge-import-capacity = Capacities are one or more of volunteer, vip and award_panel, separated by “;”.
judge-import-duplicate = This email address is already on an earlier row.
judge-import-language = The language must be one of en, es, fr, tr, hi, ar and ja.
judge-import-not-current = Judges can be imported only into the current event: accepting an invitation makes someone a judge of the current event.
error-phase-last = The event is already in its last phase.
error-phase-unknown = This is not a phase: use upcoming, submissions_open, moderation, shortlisting, favourites, announced or archived.
error-api-category-unknown = “{ $parameter }” is not a category of this event.
error-api-category-unknown-list = Name one or more of the event’s categories by their identifiers (such as games).
error-api-adjust-action = The action must be include, exclude or clear.
error-api-format = “{ $parameter }” must be csv, xlsx, jsonl or json.
error-api-export-unknown = There is no such export: the exports are projects, creators, consents, scores, favourites, shortlist, awards, run-of-show.

## Exports
console-exports-text = Download projects, creators, consents, scores and results.
exports-heading = Exports
exports-intro = Data of { $event }, read from the database as it is downloaded. Every download is recorded in the audit log.
exports-what = Export
exports-contains = What it holds
exports-personal = Personal data: say why you need it.
exports-download-heading = Download an export
exports-download = Download
field-export-kind = What to export
field-export-format = Format
field-export-purpose = Purpose
export-purpose-hint = Needed for exports with personal data (creators). It is kept in the audit log.
export-format-csv = CSV (spreadsheets)
export-format-xlsx = Excel workbook (XLSX)
export-format-jsonl = JSON lines
export-format-json = JSON
export-projects = Projects
export-projects-text = Every project with its status and a column per question; the team by display name.
export-creators = Creators
export-creators-text = Every creator in a project: full name, birth month, country, gender, the account’s email and consents.
export-consents = Consent status
export-consents-text = Each creator’s answer per scope (publish, photos, contact), when and by whom (guardian or adult), and the latest request.
export-scores = Scores
export-scores-text = Every score a volunteer judge gave, mark by mark, with their private comment.
export-favourites = VIP favourites
export-favourites-text = Each VIP judge’s picks in order, with their quotes.
export-shortlist = Shortlist
export-shortlist-text = The ranking per category with normalised scores, ties and organizers’ adjustments.
export-awards = Awards
export-awards-text = The awards decided, with the project, its team and the citation.
export-run-of-show = Run of show
export-run-of-show-text = The livestream’s segments, flat: statistics, each VIP judge’s picks, the awards (public fields only).
export-purpose-prizes = Sending prizes or certificates
export-purpose-safeguarding = A safeguarding concern
export-purpose-data-request = A family’s request for their data
export-purpose-eligibility = Checking eligibility (age, team, country)
export-purpose-legal = Required by law
error-export-purpose-required = Choose why you need this personal data.
error-export-purpose-unknown = That purpose is not one of the list (prizes, safeguarding, data-request, eligibility, legal).
error-export-kind = Choose what to export.
error-export-format = Choose a format.

## The audit log
console-audit-text = Every privileged action: who, what, when.
audit-heading = Audit log
audit-intro = Every privileged action, newest first. Entries are never changed or removed. Times and days in { $timezone }.
audit-search-heading = Search
audit-search = Search
audit-clear = Show everything
audit-entries-heading = Entries
audit-at = When
audit-actor = Who
audit-via = Through
audit-action = Action
audit-target = On
audit-summary = Summary
audit-request = Request
audit-older = Older entries
audit-none = No entry matches.
audit-download-heading = Download these entries
audit-download = Download
audit-any-action = Any action
audit-area = { $area } (all)
audit-actor-gone = Account deleted
audit-role-creator = creator
audit-role-adult = adult
audit-role-guardian = guardian
audit-role-judge = judge
audit-role-organizer = organizer
audit-role-visitor = visitor
audit-role-system = the platform
audit-via-web = web
audit-via-api = API
audit-via-api-token = API token
audit-via-worker = background job
audit-via-seed = demo data
audit-via-cli = command line
field-audit-actor = Who
field-audit-actor-hint = An email address or an account id.
field-audit-action = Action
field-audit-target = On (id)
field-audit-target-hint = The id of a project, account, event, token…
field-audit-from = From (day)
field-audit-to = To (day)
error-audit-action = An action looks like area.verb (moderation.decide), or an area alone (moderation).
error-audit-actor = Enter an email address or an account id.
error-audit-target = An id looks like 3f0c1e2a-…: 36 characters.
error-audit-date = Enter a day as YYYY-MM-DD.
error-audit-range = The last day comes before the first.

## Statistics
console-stats-text = Creators, countries, girls, categories, the way to the gallery, judging.
stats-heading = Statistics
stats-intro = { $event }, counted now. Creators and projects taking part are those of submitted projects.
stats-creators = Creators
stats-projects = Projects
stats-countries = Countries
stats-girls = Girls
stats-gender-unknown-share = Gender unknown
stats-group = Group
stats-share = Share
stats-percent = { $value } %
stats-gender-heading = Gender (as creators describe themselves)
stats-gender-girls = Girls
stats-gender-boys = Boys
stats-gender-non-binary = Non-binary
stats-gender-self-described = Self-described
stats-gender-prefer-not-to-say = Prefer not to say
stats-gender-unknown = Unknown (not given)
stats-ages-heading = Age groups (on the reference date)
stats-categories-heading = Projects per category
stats-category = Category
stats-languages-heading = Projects per language
stats-language = Language
stats-language-none = Not given
stats-countries-heading = Creators per country
stats-country = Country
stats-days-heading = Submissions per day
stats-day = Day
stats-submissions = Submissions
stats-funnel-heading = From draft to the gallery
stats-stage = Stage
stats-funnel-drafts = Drafts
stats-funnel-submitted = Submitted
stats-funnel-awaiting-consent = Waiting for a guardian’s consent
stats-funnel-awaiting-moderation = Waiting for moderation
stats-funnel-changes-requested = Changes requested
stats-funnel-rejected = Rejected
stats-funnel-approved = Approved
stats-funnel-published = In the gallery
stats-funnel-withdrawn = Withdrawn
stats-judging-heading = Judging
stats-measure = Measure
stats-count = Count
stats-judging-volunteers = Volunteer judges
stats-judging-published = Projects in the gallery
stats-judging-scored-twice = Projects scored by two judges
stats-judging-assignments = Assignments
stats-judging-scores = Scores given

## Event settings
settings-heading = Event settings
console-settings-text = Name, dates, rules, languages and categories of the event.
settings-timezone = Times in { $timezone }
settings-general = The event
settings-name = Name
settings-dates = Phase dates
settings-dates-hint = Each date and time is in the event's timezone ({ $timezone }). Phases still move when an organizer moves them; these are the dates everyone is shown.
settings-phase-starts = { $phase } begins
settings-rules = Rules
settings-consent-age = Consent age
settings-consent-age-hint = Creators younger than this need a parent's or guardian's consent before anything about them is public.
settings-team-size = Largest team
settings-team-size-hint = The most creators one project may have (1 to 10).
settings-languages = Project languages
settings-languages-hint = The languages creators may write their projects in. A language projects are written in cannot be taken away.
settings-language-projects = { $count ->
    [one] 1 project
   *[other] { $count } projects
}
settings-save = Save settings
settings-saved = The event's settings were saved.
settings-unchanged = Nothing had changed, so nothing was saved.
settings-categories = Categories
settings-categories-hint = Shown in this order in the gallery and on the project form. A name left empty uses the site's own translation of a standard category, else the English name.
settings-category-projects = { $count ->
    [0] no projects
    [one] 1 project
   *[other] { $count } projects
}
settings-category-up = Move up
settings-category-up-label = Move { $name } up
settings-category-down = Move down
settings-category-down-label = Move { $name } down
settings-category-remove = Remove
settings-category-remove-label = Remove { $name }
settings-category-rename = Names and descriptions of { $name }
settings-category-language = Language
settings-category-name = Name
settings-category-description = One-line description
settings-category-save = Save names
settings-category-saved = The categories were saved.
settings-category-add = Add a category
settings-category-slug = Identifier
settings-category-slug-hint = Used in links: 2 to 40 lowercase letters, digits and hyphens, such as robotics. It cannot be changed later.
settings-category-add-submit = Add the category
judging-settings-elsewhere = Shortlist size ({ $shortlist }) and favourites per VIP judge ({ $favourites }) are changed in the event's settings:
settings-refused-consent-age = { $count ->
    [one] 1 project was already submitted under the current consent age, so it cannot change: who needed a guardian's consent has been decided.
   *[other] { $count } projects were already submitted under the current consent age, so it cannot change: who needed a guardian's consent has been decided.
}
settings-refused-team-size = { $count ->
    [one] A team already has 1 creator; the limit cannot be lower.
   *[other] A team already has { $count } creators; the limit cannot be lower.
}
settings-refused-language = { $count ->
    [one] 1 project is written in { $language }, so it must stay offered.
   *[other] { $count } projects are written in { $language }, so it must stay offered.
}
settings-refused-favourites = { $count ->
    [one] A VIP judge has already picked 1 favourite; the number cannot be lower.
   *[other] A VIP judge has already picked { $count } favourites in one category; the number cannot be lower.
}
settings-refused-shortlist = VIP judges are choosing from the shortlist, so its size cannot change now.
settings-refused-deadline = Submissions are open, so the deadline cannot be put in the past: move the event to moderation on the phase page instead.
error-date-invalid = Enter a date and time, such as 2027-03-31 17:00.
error-date-skipped = The clocks skip this time in the event's timezone; choose another.
error-date-order = This date must come after the one before it.
error-languages-required = Offer at least one language.
error-category-slug = Use 2 to 40 lowercase letters, digits and single hyphens.
error-category-name-required = A new category needs an English name.
error-category-exists = The event already has a category with this identifier.
error-category-too-many = An event can have at most 20 categories.
error-category-has-projects = Projects are in this category, so it stays: rename it instead.
error-category-has-judges = VIP judges pick favourites in this category, so it stays.
error-category-last = The event needs at least one category.

## Certificates
certificates-heading = Certificates
console-certificates-text = Participation, favourite and award certificates as PDF, one at a time or all in a zip.
certificates-mine-intro = Every creator of a project in the gallery gets a certificate of participation; favourites and awards get their own once the results are announced.
certificates-col-name = Creator
certificates-col-project = Project
certificates-col-kind = Certificate
certificates-col-download = Download
certificates-col-count = Certificates
certificates-col-requested = Requested
certificates-col-status = Status
certificates-col-progress = Progress
certificates-download-pdf = PDF
certificates-download-zip = Zip
certificates-none = No certificates yet: they come when a project is in the gallery.
certificates-organizer-intro = each creator’s certificates are written in their own language.
certificates-bulk = Build every certificate as one zip
certificates-bulk-queued = The zip is being built; this page shows its progress.
certificates-list-hint = The list of every certificate, with its download link, is an export:
certificates-event-none = No project is in the gallery yet, so there are no certificates.
certificates-batches = Zips
certificates-batch-queued = Waiting
certificates-batch-running = Being built
certificates-batch-done = Ready
certificates-batch-failed = Failed
certificates-batch-removed = Removed (a creator’s data was erased)
certificates-batch-progress = { $done } of { $total }
certificates-batch-size = { $megabytes } MB
certificate-participation-heading = Certificate of participation
certificate-participation-body = for taking part with the project
certificate-favourite-heading = VIP judge’s favourite
certificate-favourite-body = whose project was chosen as a favourite by a VIP judge
certificate-award-heading = Certificate of award
certificate-award-body = whose project received the
certificate-category = Category: { $category }
certificate-presented-to = This certificate is presented to
certificate-signature = The organizing team
export-certificates = Certificates
export-certificates-text = Every certificate there is, for whom, in which language, with its download link.

# The console's counts, and the moderation queue's filters, pages and bulk approval.
console-to-review =
    { $count ->
        [0] Nothing waits for review.
        [one] One project waits for review.
       *[other] { $count } projects wait for review.
    }
console-consents-pending =
    { $count ->
        [0] No creator waits for a guardian’s consent.
        [one] One creator waits for a guardian’s consent.
       *[other] { $count } creators wait for a guardian’s consent.
    }
moderation-status = Status
moderation-status-review = To review
moderation-status-all = All
moderation-status-pending = Not decided yet
moderation-any-category = Any category
moderation-showing = Projects { $from }–{ $to } of { $total }
moderation-none-to-review = Nothing waits for review.
moderation-past-end =
    This page is past the end of the list ({ $pages ->
        [one] one page
       *[other] { $pages } pages
    }).
moderation-first-page = Go to the first page
moderation-select-project = Select “{ $title }”
moderation-select-all =
    { $count ->
        [one] Select the project on this page
       *[other] Select all { $count } on this page
    }
moderation-select-none = Clear the selection
moderation-bulk-none = No project was selected. Tick the projects to approve, then press the button again.
moderation-waits-short = Can be approved once a guardian’s consent has arrived.
moderation-invalid-parameter = This moderation link has an invalid value for “{ $parameter }”. Open the queue again from the console.
