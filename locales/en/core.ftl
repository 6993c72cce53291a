# Shared by every page: layout, navigation, formats, error pages.

site-name = Youth Showcase
site-tagline = Young creators from around the world show what they built.
skip-to-content = Skip to main content
nav-main-label = Main navigation
nav-home = Home
language-switcher-label = Language
footer-about = An open-source platform for online youth coding showcases.

# chrono format pattern for dates with time: day, month name, year, time, timezone.
format-date-time = %-d %B %Y, %H:%M %Z
format-date = %-d %B %Y

error-not-found-heading = Page not found
error-not-found-message = We could not find that page. It may have moved, or it never existed.
error-forbidden-heading = Not allowed
error-forbidden-message = You do not have access to this page.
error-bad-request-heading = Something is wrong with that request
error-bad-request-message = Please check what you entered and try again.
error-server-heading = Something went wrong on our side
error-server-message = Sorry! Please try again in a moment. If it keeps happening, tell the organizers.
error-unavailable-heading = We’ll be right back
error-unavailable-message = The showcase is briefly unavailable while part of it restarts. Everything already saved is safe. Please try again in a minute; if you were sending a form, go back and send it again.
error-back-home = Back to the home page

nav-sign-in = Sign in
nav-register = Register
nav-account = My account
nav-sign-out = Sign out
nav-organizer = Organizer console
nav-judge = Judging

error-csrf-heading = This form has expired
error-csrf-message = For your security, please go back, reload the page and send the form again.
error-too-many-requests-heading = Too many attempts
error-too-many-requests-message = Please wait a minute before trying again.
select-choose = Choose…
file-choose = Choose a file
nav-projects = My projects
error-api-not-found = Nothing here has this identifier, or it is not published.
error-api-unauthorized = A valid API token is required (Authorization: Bearer sct_…).
error-api-missing-scope = This token lacks the “{ $scope }” scope.
error-api-server = Something went wrong on our side. Please try again in a moment.
error-api-unavailable = The service is briefly unavailable. Please try again after the number of seconds in the Retry-After header.
error-refused-heading = That cannot be done right now
error-refused-message = Something changed meanwhile, or a rule of the showcase does not allow it.
error-too-large-heading = That was too large
error-too-large-message = What you sent is larger than we accept. Please send something smaller.
error-not-in-phase = { $action } is possible while the event is in: { $phases }.
list-separator = {", "}
