# Registration, sign-in, passwords, sign-in links, invitations and the account page.

role-creator = Creator
role-adult = Parent, guardian or mentor
role-judge = Judge
role-organizer = Organizer

field-email = Email address
field-password = Password
field-new-password = New password
field-first-name = First name
field-surname = Surname
field-display-name = Display name
field-your-name = Your name
field-birth-year = Year of birth
field-birth-month = Month of birth
field-country = Country
field-gender = Gender (optional)
field-gender-description = Gender in your own words
field-language = Language
field-role = Role
field-token-name = Token name

hint-password = At least 10 characters. A few words you will remember make a good password.
hint-surname-private = Kept private: never shown on the site.
hint-display-name-public = Shown with your project, for example your first name or a nickname.
hint-birth-private = Only used to check the age rules; never shown.
hint-gender = Optional. Only used, anonymously, for the event's diversity statistics.

gender-female = Girl or woman
gender-male = Boy or man
gender-non_binary = Non-binary
gender-self_described = I describe it myself
gender-undisclosed = Prefer not to say

error-email-required = Please enter your email address.
error-email-invalid = This does not look like an email address (for example name@example.org).
error-email-too-long = This email address is too long.
error-password-too-short = Your password needs at least 10 characters.
error-password-too-long = Your password can have at most 128 characters.
error-password-common = This password is too easy to guess. Try a few words that belong together only for you.
error-display-name-required = Please enter a name to show.
error-display-name-too-long = A display name can have at most 50 characters.
error-name-required = Please enter a name.
error-name-too-long = A name can have at most 100 characters.
error-text-control-characters = Please remove the special invisible characters from this text.
error-birth-date-invalid = Please choose a valid year and month of birth.
error-age-too-young-to-register = Creators under 13 are registered by a parent, guardian or mentor.
error-age-too-old-for-creator = Creators must be 18 or younger. Adults can register as a parent, guardian or mentor.
error-country-invalid = Please choose a country from the list.
error-gender-invalid = Please choose one of the options.
error-gender-description-required = Please describe your gender, or choose another option.
error-gender-description-too-long = Please use at most 50 characters.
error-language-invalid = Please choose a language from the list.
error-role-invalid = Please choose a role from the list.
error-sign-in-failed = The email address or password is not right.

register-heading = Create an account
register-intro = Who are you?
register-as-creator = I am 13 to 18 and I want to show my project
register-as-adult = I am a parent, guardian or mentor (I register creators under 13)
register-have-account = I already have an account
register-under-13 = Under 13? A parent, guardian or mentor registers you.
register-creator-heading = Register as a creator
register-creator-intro = For creators aged 13 to 18. Only your display name, country and age group are ever shown publicly.
register-adult-heading = Register as a parent, guardian or mentor
register-adult-intro = You can then add the young creators you look after.
register-submit = Create my account

check-email-heading = Check your inbox
check-email-text = If this address can be used, we have sent you an email with a link. Open it to continue.
check-email-spam = Nothing there after a few minutes? Look in your spam folder.

verify-heading = Confirm your email address
verify-intro = Press the button to confirm this is your address.
verify-submit = Confirm my address
verify-done = Your email address is confirmed. Welcome!
verify-first-heading = Please confirm your email address first
verify-first-text = We have sent you a new link. Open it, then sign in again.

sign-in-heading = Sign in
sign-in-submit = Sign in
sign-in-with = Sign in with { $provider }

forgot-heading = Forgot your password?
forgot-intro = Enter your email address and we will send you a link to choose a new password.
forgot-submit = Send me a link
forgot-sent = If an account uses this address, we have sent it a link to choose a new password.
reset-heading = Choose a new password
reset-submit = Save my new password
reset-done = Your new password is saved. You are signed in.

link-heading = Email me a sign-in link
link-intro = For judges and organizers: we send a link that signs you in once.
link-submit = Send me a sign-in link
link-sent = If this address belongs to a judge or organizer, we have sent it a sign-in link.
link-confirm-heading = Sign in to the showcase

token-invalid-heading = This link does not work
token-invalid-text = The link is not valid. Please check you copied all of it, or ask for a new one.
token-used-heading = This link has already been used
token-used-text = Each link works only once. If you still need to sign in, ask for a new one.
token-expired-heading = This link has expired
token-expired-text = Links only work for a limited time. Please ask for a new one.

oauth-failed-heading = Sign-in did not work
oauth-declined-text = The sign-in was cancelled at the provider.
oauth-expired-text = This sign-in attempt has expired or was already used. Please start again.
oauth-failed-text = We could not confirm your account with the provider. Please try again, or use an emailed sign-in link.
oauth-unknown-heading = No invitation for this account
oauth-unknown-text = The address { $email } has not been invited as a judge or organizer. Ask the organizers to invite this address.

invitation-heading = You are invited
invitation-intro = You have been invited as { $role } ({ $email }). Sign in with a provider using this address, or accept here.
invitation-accept = Accept the invitation
invitation-accepted = Welcome! Your invitation is accepted.

account-heading = My account
account-intro = Signed in as { $email }. Roles: { $roles }.
account-save = Save
account-saved = Your changes are saved.

children-heading = Young creators I look after
children-intro = Creators under 13 have no login of their own: you add them here and act for them.
children-none = You have not added anyone yet.
children-age = Age
children-add-heading = Add a young creator
children-add-intro = Only the display name, country and age group are ever shown publicly.
children-add-submit = Add
children-added = The young creator has been added.

email-greeting = Hello { $name },
email-footer = You get this email because of an account on the youth showcase.
email-ignore = If you did not ask for this, you can ignore this email.
email-link-fallback = If the button does not work, copy this address into your browser:
email-link-expires =
    { $minutes ->
        [one] The link works once, for one minute.
       *[other] The link works once, for { $minutes } minutes.
    }
email-verify-email-subject = Confirm your email address
email-verify-email-text = Please confirm your email address to finish creating your account.
email-verify-email-button = Confirm my address
email-reset-password-subject = Choose a new password
email-reset-password-text = Someone asked to reset the password of your account. Use this link to choose a new one.
email-reset-password-button = Choose a new password
email-sign-in-link-subject = Your sign-in link
email-sign-in-link-text = Use this link to sign in to the showcase.
email-sign-in-link-button = Sign in
email-already-registered-subject = Someone tried to register with your address
email-already-registered-text = Someone tried to create an account with your email address, but you already have one. If it was you, sign in, or choose a new password here:
email-invitation-subject = You are invited as { $role }
email-invitation-text = The organizers of the youth showcase invite you to join as { $role }.
email-invitation-button = Accept the invitation
email-invitation-expires =
    { $days ->
        [one] The invitation is valid for one day.
       *[other] The invitation is valid for { $days } days.
    }
error-sign-in-account-limit = Too many wrong passwords for this account. Please wait a while before trying again, or choose a new password with “Forgot your password?”.
signed-out-everywhere = You are signed out on every device.
token-revoked-heading = This link no longer works
token-revoked-text = The password of this account was changed after this link was sent, so the link stopped working. Ask for a new one if you still need it.
account-sign-out-everywhere = Sign out on every device
account-sign-out-everywhere-hint = Ends every session of this account, on this device and every other one (for example a shared computer you forgot to sign out of).

## Data rights
account-download-data = Download my data
account-download-data-hint = Everything we hold about you and the child profiles you manage, as a JSON file.
account-delete-link = Delete my account
children-actions = Actions
children-delete = Delete { $name }’s profile
erase-confirm = I understand that this cannot be undone.
error-erase-confirm = Tick the box to confirm.
erase-keep = Keep my account
erase-account-heading = Delete your account
erase-account-intro = This deletes your account, every child profile you manage, their consents and every project that was yours alone, with its pictures. Team projects stay for the other members, without you. Emails waiting to be sent to you are dropped. This cannot be undone: download your data first if you want a copy.
erase-account-submit = Delete my account for good
erase-account-done-heading = Your account is deleted
erase-account-done = Everything about you is gone from the showcase: your account, your profiles and the projects that were yours alone. Thank you for taking part.
erase-child-heading = Delete { $name }’s profile
erase-child-intro = This deletes { $name }’s profile, their consents and every project that was theirs alone, with its pictures. A team project stays for the other members, without { $name }. This cannot be undone.
erase-child-submit = Delete this profile for good
erase-child-done = The profile and everything about it are deleted.
erase-refused-staff = Judge and organizer accounts are removed by an organizer: please ask one.
